import { describe, expect, it } from "vitest";
import type { DraftVariant, FreshnessReport } from "../../core/model/index.ts";
import { formatAudienceSection, formatFreshnessSection, formatVariant } from "./presentRun.ts";

const report: FreshnessReport = {
  workflow: "trial_expiration_email",
  campaign: "trial-expiration-3d",
  run_id: "run_2026_11_20_0830",
  checked_at: "2026-11-20T08:30:00.000Z",
  required_inputs: {
    audience_segment: { source: "cdp", max_age_hours: 24, actual_age_hours: 3, status: "pass", on_failure: "stop" },
    product_usage: { source: "product_usage", max_age_hours: 6, actual_age_hours: 2, status: "warn", on_failure: "generic_variant", stale_recipients: 40 },
    approved_claims: { source: "claims_v14", max_age_hours: null, actual_age_hours: 1592.5, status: "pass", on_failure: "stop", version: "claims_v14", latest_version: "claims_v14" },
  },
  decision: "proceed_with_generic_variant",
  notes: ["Product usage data is stale for 12 percent of recipients"],
};

describe("the generation run's text", () => {
  it("shows the freshness verdict as an aligned table with notes and the decision", () => {
    expect(formatFreshnessSection(report)).toBe(
      [
        "Freshness (2026-11-20T08:30:00.000Z):",
        "  input             source         max age  actual age  status",
        "  audience_segment  cdp            24 h     3 h         pass",
        "  product_usage     product_usage  6 h      2 h         warn",
        "  approved_claims   claims_v14     —        1592.5 h    pass",
        "- Product usage data is stale for 12 percent of recipients",
        "Decision: proceed_with_generic_variant",
      ].join("\n"),
    );
  });

  it("counts the audience partition with each exclusion reason", () => {
    expect(
      formatAudienceSection({ personalized: 291, generic: 40, excluded: 60, excluded_reasons: { opted_out: 35, consent_unknown: 25, contradicts_plan: 0 } }),
    ).toBe("Audience: 291 personalized, 40 generic, 60 excluded (opted out 35, consent unknown 25)");
  });

  it("prints a variant's fields, lists and multi-line body indented under its audience", () => {
    const variant: DraftVariant = {
      audience: { key: "generic", variant: "generic", recipients: 40 },
      content: { subject_lines: ["Keep your dashboards"], email_body: "Hi there,\n\nKeep it.", cta_text: "Upgrade to Team", risk_flags: [] },
      source: "fallback_template",
      fallback_reason: "gpt-4.1: 503 server error after 4 attempts",
      evals: { verdict: "review", risk_level: "medium", checks: [] },
    };
    expect(formatVariant(variant)).toBe(
      [
        "[generic] 40 recipients, fallback template (gpt-4.1: 503 server error after 4 attempts), evals: review",
        "  subject_lines:",
        "    - Keep your dashboards",
        "  email_body:",
        "    Hi there,",
        "",
        "    Keep it.",
        "  cta_text: Upgrade to Team",
        "  risk_flags:",
        "    (none)",
      ].join("\n"),
    );
  });
});
