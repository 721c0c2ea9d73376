import { describe, expect, it } from "vitest";
import type { DraftsFile, DraftVariant } from "../../core/model/index.ts";
import { draftChanges } from "./changes.ts";

const variant = (key: string, content: Record<string, unknown>, extra: Partial<DraftVariant> = {}): DraftVariant =>
  ({ audience: { key, variant: "personalized", recipients: 10 }, content, source: "model", evals: {}, ...extra }) as DraftVariant;
const file = (variants: DraftVariant[], risk: "low" | "medium" | "high" = "low", version = 7): DraftsFile =>
  ({ variants, checkpoint: { risk_level: risk, verdict: "review", prompt_version: `wf:v${version}` } }) as DraftsFile;

describe("what changed since the previous drafts", () => {
  it("lists risk, verdict and prompt moves, then each variant's changed fields, new and removed variants", () => {
    const before = file([variant("admin", { subject: "a", body: "b" }), variant("viewer", { subject: "v" }), variant("old", { subject: "o" })]);
    const after = file([
      variant("admin", { subject: "a2", body: "b" }),
      variant("viewer", { subject: "v" }, { source: "fallback_template", audience: { key: "viewer", variant: "personalized", recipients: 12 } }),
      variant("generic", { subject: "g" }),
    ], "medium", 8);
    expect(draftChanges(before, after)).toEqual([
      "risk low → medium",
      "prompt wf:v7 → wf:v8",
      "admin: subject changed",
      "viewer: copy unchanged; now from the fallback template; recipients 10 → 12",
      "generic: new variant",
      "old: removed",
    ]);
  });

  it("says so when there were no drafts before", () => {
    expect(draftChanges(null, file([]))).toEqual(["no previous drafts: every variant is new"]);
  });
});
