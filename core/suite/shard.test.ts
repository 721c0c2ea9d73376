import { describe, expect, it } from "vitest";
import { parseShard, selectShard, shardOf } from "./shard.ts";

const cases = Array.from({ length: 400 }, (_, i) => ({ id: `brief_${String(i + 1).padStart(3, "0")}` }));

describe("sharding", () => {
  it("reads i/n and refuses anything else", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    for (const bad of ["0/4", "5/4", "1/0", "a/b", "1-4", ""]) expect(() => parseShard(bad)).toThrow(/is not a shard/);
  });

  it("puts every case in exactly one shard", () => {
    const shards = [1, 2, 3, 4].map((index) => selectShard(cases, { index, count: 4 }));
    const ids = shards.flat().map((c) => c.id).sort();
    expect(ids).toEqual(cases.map((c) => c.id).sort());
    // A hash spreads 400 cases roughly evenly: no shard is empty or holds most of the work.
    for (const shard of shards) expect(shard.length).toBeGreaterThan(60);
  });

  it("assigns a case by its id alone, whatever the order of the dataset", () => {
    const reversed = [...cases].reverse();
    const forward = new Set(selectShard(cases, { index: 3, count: 4 }).map((c) => c.id));
    const backward = new Set(selectShard(reversed, { index: 3, count: 4 }).map((c) => c.id));
    expect(backward).toEqual(forward);
    expect(shardOf("brief_001", 4)).toBe(shardOf("brief_001", 4));
  });

  it("keeps every case for 1/1 or no shard", () => {
    expect(selectShard(cases, null)).toHaveLength(400);
    expect(selectShard(cases, { index: 1, count: 1 })).toHaveLength(400);
  });
});
