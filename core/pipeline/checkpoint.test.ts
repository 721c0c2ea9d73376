import { describe, expect, it } from "vitest";
import type { Campaign, DraftVariant, FreshnessReport } from "../model/index.ts";
import { buildCheckpoint, mergeVariantReports } from "./checkpoint.ts";

const approval: Campaign["approval"] = {
  low: ["lifecycle-marketing"],
  medium: ["lifecycle-marketing", "brand"],
  high: ["lifecycle-marketing", "brand", "legal"],
};
const campaign = { workflow: "trial_expiration_email", audience: { segment: "seg_trial_ending_3_days", input: "audience_segment" }, approval } as Campaign;

function freshness(decision: FreshnessReport["decision"], notes: string[] = []): FreshnessReport {
  return { workflow: "trial_expiration_email", campaign: "c", run_id: "r", checked_at: "t", required_inputs: {}, decision, notes };
}

function variant(key: string, overrides: Partial<DraftVariant> = {}): DraftVariant {
  return {
    audience: { key, variant: key === "generic" ? "generic" : "personalized", recipients: 10 },
    content: {},
    source: "model",
    evals: {
      verdict: "pass",
      risk_level: "low",
      checks: [{ id: "grounding", label: "Grounding", status: "pass", message: "ok" }],
    },
    ...overrides,
  };
}

describe("the campaign checkpoint", () => {
  it("auto-approves clean low-risk variants on fresh data", () => {
    const report = mergeVariantReports([variant("personalized:admin"), variant("generic")], freshness("proceed"));
    const checkpoint = buildCheckpoint({ campaign, runId: "run_1", promptVersion: 7, report });
    expect(checkpoint).toEqual({
      workflow: "trial_expiration_email",
      run_id: "run_1",
      prompt_version: "trial_expiration_email:v7",
      audience: "trial_ending_3_days",
      risk_level: "low",
      verdict: "pass",
      required_reviewers: ["lifecycle-marketing"],
      decision: "auto-approve: evals passed",
    });
  });

  it("escalates to lifecycle marketing, with the freshness note, when part of the audience gets the generic variant", () => {
    const report = mergeVariantReports([variant("personalized:admin"), variant("generic")], freshness("proceed_with_generic_variant", ["Product usage data is stale for 12 percent of recipients"]));
    const checkpoint = buildCheckpoint({ campaign, runId: "run_1", promptVersion: 7, report });
    expect(checkpoint.verdict).toBe("review");
    expect(checkpoint.risk_level).toBe("low");
    expect(checkpoint.decision).toBe("escalate to lifecycle marketing: Product usage data is stale for 12 percent of recipients");
  });

  it("names the variants that fell back to the approved template", () => {
    const report = mergeVariantReports([variant("generic", { source: "fallback_template", fallback_reason: "503" })], freshness("proceed"));
    expect(report.verdict).toBe("review");
    expect(report.risk_reasons).toEqual(["generation failed, approved fallback template used for generic"]);
  });

  it("keeps each check's worst status over the variants, with evidence naming the variant", () => {
    const failing = variant("personalized:viewer", {
      evals: {
        verdict: "fail",
        risk_level: "high",
        risk_reasons: ["Grounding (fail)"],
        checks: [{ id: "grounding", label: "Grounding", status: "fail", message: "unsupported", evidence: ["3x faster"] }],
      },
    });
    const report = mergeVariantReports([variant("personalized:admin"), failing], freshness("proceed"));
    expect(report.verdict).toBe("fail");
    expect(report.risk_level).toBe("high");
    expect(report.checks).toEqual([{ id: "grounding", label: "Grounding", status: "fail", message: "unsupported", evidence: ["personalized:viewer: 3x faster"] }]);
    expect(buildCheckpoint({ campaign, runId: "r", promptVersion: 7, report }).decision).toBe("block: Grounding failed; fix the draft and run the checks again");
  });
});
