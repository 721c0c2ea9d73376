import { describe, expect, it } from "vitest";
import { PerPullRequestQueue, SeenKeys } from "./serial.ts";

describe("one run at a time per pull request", () => {
  it("runs a pull request's jobs in order, other pull requests alongside, and survives a failing job", async () => {
    const queue = new PerPullRequestQueue();
    const log: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = queue.run("r#1", async () => { log.push("1a start"); await gate; log.push("1a end"); throw new Error("boom"); });
    const second = queue.run("r#1", async () => { log.push("1b"); });
    await queue.run("r#2", async () => { log.push("2"); });
    expect(log).toEqual(["1a start", "2"]);
    release();
    await expect(first).rejects.toThrow("boom");
    await second;
    await queue.idle();
    expect(log).toEqual(["1a start", "2", "1a end", "1b"]);
  });

  it("remembers keys up to its limit", () => {
    const seen = new SeenKeys(2);
    expect([seen.first("a"), seen.first("a"), seen.first("b"), seen.first("c"), seen.first("a")]).toEqual([true, false, true, true, true]);
  });
});
