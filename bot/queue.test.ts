import { describe, expect, it } from "vitest";
import { createWorkQueue } from "./queue.ts";

describe("the work queue", () => {
  it("runs one job per key at a time and folds a burst into one more run", async () => {
    const runs: string[] = [];
    let release = () => undefined as void;
    const queue = createWorkQueue(() => undefined);
    const first = queue.enqueue("repo", () => new Promise<void>((resolve) => {
      runs.push("first");
      release = resolve;
    }));
    const waiting = ["second", "third", "fourth"].map((name) => queue.enqueue("repo", async () => void runs.push(name)));
    expect(runs).toEqual(["first"]);
    release();
    await Promise.all([first, ...waiting]);
    expect(runs).toEqual(["first", "fourth"]);
    await queue.idle();
  });

  it("reports a failed job and keeps going", async () => {
    const errors: string[] = [];
    const queue = createWorkQueue((key, error) => errors.push(`${key}: ${(error as Error).message}`));
    await queue.enqueue("repo", async () => {
      throw new Error("GitHub answered 502");
    });
    await queue.enqueue("repo", async () => undefined);
    expect(errors).toEqual(["repo: GitHub answered 502"]);
  });
});
