import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { demoClock } from "../../core/contract/index.ts";
import { parseCsv } from "../../core/contract/index.ts";
import { makeSnapshots } from "../../scripts/make-snapshots.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const read = (name: string) => readFile(join(ROOT, "datasets", "snapshots", name), "utf8");

describe("the embedded source snapshots", () => {
  it("are exactly what the seeded generator writes for the demo clock", async () => {
    const now = await demoClock(ROOT);
    const generated = makeSnapshots(now.toISOString());
    expect(await read("seg_trial_ending_3_days.jsonl")).toBe(generated.segment);
    expect(await read("product_usage.csv")).toBe(generated.usage);
    expect(generated.counts).toEqual({ recipients: 400, eligible: 331, contradicting: 9, stale: 40, missing: 13 });
  });

  it("hold only synthetic people at example.com, with the segment's fields and values", async () => {
    const rows = (await read("seg_trial_ending_3_days.jsonl")).trim().split("\n").map((l) => JSON.parse(l) as Record<string, string>);
    expect(rows).toHaveLength(400);
    expect(new Set(rows.map((r) => r.user_id)).size).toBe(400);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(["user_id", "email", "first_name", "role", "plan_name", "trial_ends_at", "consent", "updated_at"]);
      expect(row.email).toMatch(/^[a-z]+\.\d{5}@example\.com$/);
      expect(["admin", "analyst", "viewer"]).toContain(row.role);
      expect(["opted_in", "opted_out", "unknown"]).toContain(row.consent);
      expect(["Team trial", "Team"]).toContain(row.plan_name);
    }
  });

  it("have a usage row for every recipient but the 13 whose row is missing", async () => {
    const usage = parseCsv(await read("product_usage.csv"), "product_usage.csv");
    expect(Object.keys(usage[0]!)).toEqual(["user_id", "dashboards_created", "queries_run", "teammates_invited", "last_active_at", "updated_at"]);
    expect(usage).toHaveLength(387);
  });
});
