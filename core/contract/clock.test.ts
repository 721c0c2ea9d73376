import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { chooseClock, demoClock, runIdFor } from "./clock.ts";
import { tempRepo } from "./testing/tempRepo.ts";
import type { TempRepo } from "./testing/tempRepo.ts";

describe("the run clock", () => {
  let repo: TempRepo;
  beforeEach(async () => (repo = await tempRepo()));
  afterEach(() => repo.cleanup());
  const realNow = () => new Date("2027-03-01T12:00:00Z");

  it("reads the demo clock the embedded snapshots are fresh against", async () => {
    expect((await demoClock(repo.root)).toISOString()).toBe("2026-11-20T08:30:00.000Z");
  });

  it("names the demo clock file when its time is not ISO 8601", async () => {
    await repo.write("datasets/snapshots/demo-clock.json", '{"now": "soon"}');
    await expect(demoClock(repo.root)).rejects.toMatchObject({ file: "datasets/snapshots/demo-clock.json", field: "now", message: '"now" is not an ISO 8601 time' });
    await repo.remove("datasets/snapshots/demo-clock.json");
    await expect(demoClock(repo.root)).rejects.toThrow("cannot read the demo clock");
  });

  it("uses a given time over any other", async () => {
    const given = new Date("2026-12-01T00:00:00Z");
    expect(await chooseClock(repo.root, repo.campaign, given, realNow)).toEqual({ now: given, kind: "given" });
  });

  it("uses the demo clock when every source is an embedded snapshot", async () => {
    expect(await chooseClock(repo.root, repo.campaign, undefined, realNow)).toEqual({ now: new Date("2026-11-20T08:30:00Z"), kind: "demo" });
  });

  it("uses the real clock as soon as one source lives elsewhere", async () => {
    await repo.write("sources/cdp.yaml", "name: cdp\nkind: file\npath: exports/segment.jsonl\nformat: jsonl\nloaded_at_field: updated_at\n");
    expect(await chooseClock(repo.root, repo.campaign, undefined, realNow)).toEqual({ now: realNow(), kind: "real" });
  });

  it("names runs by their minute", () => {
    expect(runIdFor(new Date("2026-06-01T08:30:59Z"))).toBe("run_2026_06_01_0830");
  });
});
