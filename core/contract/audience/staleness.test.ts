import { describe, expect, it } from "vitest";
import type { SourceSnapshot } from "../../model/index.ts";
import { newestRowByRecipient, staleRecipientIds } from "./staleness.ts";

const now = new Date("2026-11-20T12:00:00.000Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString();
const usage = (rows: Record<string, unknown>[], over: Partial<SourceSnapshot> = {}): SourceSnapshot => ({ source: "product_usage", rows, max_loaded_at: null, snapshot_hash: "x", ...over });
const recipients = (...ids: string[]) => ids.map((user_id) => ({ user_id }));
const stale = (...args: Parameters<typeof staleRecipientIds>) => [...staleRecipientIds(...args)].sort();

describe("staleRecipientIds", () => {
  it("finds recipients whose own row is older than the limit, or who have no row at all", () => {
    const rows = [{ user_id: "fresh", updated_at: hoursAgo(1) }, { user_id: "at_limit", updated_at: hoursAgo(6) }, { user_id: "old", updated_at: hoursAgo(6.01) }];
    expect(stale(recipients("fresh", "at_limit", "old", "missing"), usage(rows), 6, now)).toEqual(["missing", "old"]);
  });

  it("judges a recipient by their newest row, and a row without a valid time as no row", () => {
    const rows = [
      { user_id: "twice", updated_at: hoursAgo(1) },
      { user_id: "twice", updated_at: hoursAgo(30) },
      { user_id: "untimed", updated_at: "yesterday-ish" },
    ];
    expect(stale(recipients("twice", "untimed"), usage(rows), 6, now)).toEqual(["untimed"]);
  });

  it("with no limit, finds only recipients without a row; with no source, every recipient", () => {
    expect(stale(recipients("a", "b"), usage([{ user_id: "a", updated_at: hoursAgo(10_000) }]), null, now)).toEqual(["b"]);
    expect(stale(recipients("a", "b"), undefined, 6, now)).toEqual(["a", "b"]);
  });

  it("with no limit, still finds a recipient whose only row has no valid time", () => {
    expect(stale(recipients("a", "untimed"), usage([{ user_id: "a", updated_at: hoursAgo(1) }, { user_id: "untimed", updated_at: "soon" }]), null, now)).toEqual(["untimed"]);
  });

  it("passes over a recipient without a user_id rather than naming them stale", () => {
    expect(stale([{ user_id: "a" }, { name: "no id" }], usage([]), 6, now)).toEqual(["a"]);
  });

  it("joins on the source's declared key and loaded_at field", () => {
    const rows = [{ account: "a", loaded: hoursAgo(1), user_id: "b", updated_at: hoursAgo(1) }];
    expect(stale(recipients("a", "b"), usage(rows, { key: "account", loaded_at_field: "loaded" }), 6, now)).toEqual(["b"]);
  });
});

describe("newestRowByRecipient", () => {
  it("keeps each recipient's newest row, whatever order the rows come in, keyed as a string", () => {
    const rows = [
      { user_id: 7, updated_at: hoursAgo(5), n: "older" },
      { user_id: 7, updated_at: hoursAgo(2), n: "newest" },
      { user_id: 7, updated_at: hoursAgo(3), n: "middle" },
      { user_id: null, updated_at: hoursAgo(1), n: "no id" },
    ];
    const newest = newestRowByRecipient(usage(rows));
    expect([...newest.keys()]).toEqual(["7"]);
    expect(newest.get("7")).toEqual({ row: rows[1], at: Date.parse(hoursAgo(2)) });
  });

  it("reads the first of two rows loaded at the same moment, so the same source always gives the same row", () => {
    const rows = [
      { user_id: "a", updated_at: hoursAgo(2), n: "first" },
      { user_id: "a", updated_at: hoursAgo(2), n: "second" },
    ];
    expect(newestRowByRecipient(usage(rows)).get("a")?.row).toBe(rows[0]);
  });
});
