import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../core/prompts/testing.ts";
import { makeDatasets } from "../scripts/make-datasets.ts";

const rowsOf = (text: string) => text.trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);

describe("the trial_expiration_email datasets", () => {
  it("are exactly what the seeded generator writes", async () => {
    for (const [path, text] of Object.entries(await makeDatasets(REPO_ROOT))) {
      expect(await readFile(join(REPO_ROOT, path), "utf8"), `${path} is stale: run node bin/run-ts.js scripts/make-datasets.ts`).toBe(text);
    }
  });

  it("hold 120 historical briefs with varied roles, variants and recorded decisions", async () => {
    const rows = rowsOf(await readFile(join(REPO_ROOT, "datasets/trial_expiration_email/historical_briefs.jsonl"), "utf8"));
    expect(rows).toHaveLength(120);
    expect(new Set(rows.map((r) => r.id)).size).toBe(120);
    const audiences = rows.map((r) => (r.input as { audience: { role: string; variant: string } }).audience);
    expect(new Set(audiences.map((a) => a.role))).toEqual(new Set(["admin", "analyst", "viewer", "any"]));
    expect(audiences.filter((a) => a.variant === "generic").length).toBeGreaterThan(10);
    expect(new Set(rows.map((r) => r.reviewer_decision))).toEqual(new Set(["approved", "rejected", null]));
    for (const row of rows.filter((r) => r.outcome !== null)) expect(row.reviewer_decision).toBe("approved");
  });

  it("carry edge cases with injection attempts already stripped of tags and capped", async () => {
    const rows = rowsOf(await readFile(join(REPO_ROOT, "datasets/trial_expiration_email/edge_cases.jsonl"), "utf8"));
    const notes = rows.map((r) => (r.input as { audience: { crm_notes?: string } }).audience.crm_notes ?? "");
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(notes.some((n) => n.includes("Ignore all previous instructions"))).toBe(true);
    for (const note of notes) {
      expect(note).not.toMatch(/<\/?[a-z_]+/i);
      expect(note.length).toBeLessThanOrEqual(500);
    }
  });
});
