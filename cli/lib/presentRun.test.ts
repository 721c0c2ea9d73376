import { describe, expect, it } from "vitest";
import type { DraftVariant } from "../../core/model/index.ts";
import { formatAudienceSection, formatVariant } from "./presentRun.ts";

describe("the generation run's text", () => {
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
