import { beforeAll, describe, expect, it } from "vitest";
import type { CheckContext } from "../types.ts";
import { runCheck, runChecks } from "../run.ts";
import { exampleCampaignContext } from "../testing.ts";

let ctx: CheckContext;
beforeAll(async () => {
  ({ ctx } = await exampleCampaignContext("campaigns/paid-search-lumora-trial"));
});

function ad(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    headlines: ["Dashboards for your whole team", "Start Your Free Trial", "Reports by email or Slack"],
    descriptions: ["Connect Postgres, Snowflake or BigQuery and share dashboards with unlimited viewers.", "Most teams connect their first data source in under 10 minutes."],
    paths: ["dashboards"],
    rationale: "Claims-led.",
    risk_flags: [],
    ...overrides,
  };
}

describe("search ad channel checks", () => {
  it("pass a responsive search ad within Google's limits", () => {
    expect(runCheck("ad_headlines", ad(), ctx).message).toBe("The headlines fit the channel: 3–15, unique, at most 30 characters.");
    expect(runCheck("ad_descriptions", ad(), ctx).message).toBe("The descriptions fit the channel: 2–4, unique, at most 90 characters.");
  });
  it("fail a long headline and a repeated one", () => {
    const result = runCheck("ad_headlines", ad({ headlines: ["Dashboards for your entire company", "Start Your Free Trial", "start your free trial"] }), ctx);
    expect(result).toMatchObject({
      status: "fail",
      message: 'Headline 1 is 34 characters (at most 30); the headline "start your free trial" is repeated; fix the headlines.',
      evidence: ["Dashboards for your entire company", "start your free trial"],
    });
  });
  it("fail a single description", () => {
    expect(runCheck("ad_descriptions", ad({ descriptions: ["Only one."] }), ctx).message).toBe("There is 1 description (2–4 allowed); fix the descriptions.");
  });
  it("run the ad checks and the content checks, but no email checks, on a search ad", () => {
    const report = runChecks(ad(), ctx);
    expect(report.checks.map((c) => c.id)).toEqual([
      "output_schema", "ad_headlines", "ad_descriptions", "offer_only_discount", "restricted_terms", "competitor_names",
      "urgency_deadline", "brand_words", "product_name", "grounding", "sentence_grounding", "offer_terms", "placeholders",
      "personal_data", "self_reference", "risk_flags", "injection_obeyed", "invisible_characters", "links",
    ]);
    expect(report.verdict).toBe("pass");
  });
});

describe("search ad asset limits", () => {
  const four = ["Share dashboards with your whole team.", "Reports by email or Slack.", "Connect Postgres in minutes.", "Keep every dashboard you build."];
  it("allow the most descriptions the channel takes and fail one more, counting them in the plural", () => {
    expect(runCheck("ad_descriptions", ad({ descriptions: four }), ctx).status).toBe("pass");
    expect(runCheck("ad_descriptions", ad({ descriptions: [...four, "Upgrade when the trial ends."] }), ctx)).toMatchObject({
      status: "fail",
      message: "There are 5 descriptions (2–4 allowed); fix the descriptions.",
      evidence: [],
    });
  });
  it("count an emoji as one character against the 30-character limit", () => {
    const thirty = `${"a".repeat(29)}\u{1F4CA}`;
    expect(runCheck("ad_headlines", ad({ headlines: [thirty, "Start Your Free Trial", "Reports by email or Slack"] }), ctx).status).toBe("pass");
  });
  it("read headlines differing only in outer or repeated spaces as the same", () => {
    for (const copy of [" Start your free trial ", "Start  your free trial"]) {
      expect(runCheck("ad_headlines", ad({ headlines: ["Start Your Free Trial", copy, "Reports by email or Slack"] }), ctx), JSON.stringify(copy)).toMatchObject({
        status: "fail",
        message: `The headline "${copy}" is repeated; fix the headlines.`,
        evidence: [copy],
      });
    }
  });
  it("are skipped, saying why, outside a search ad channel", async () => {
    const { ctx: email } = await exampleCampaignContext();
    expect(runCheck("ad_headlines", ad(), email)).toMatchObject({ status: "skipped", message: "Not a search ad channel." });
    expect(runCheck("ad_descriptions", ad(), email)).toMatchObject({ status: "skipped", message: "Not a search ad channel." });
  });
});

describe("search ad repeated assets", () => {
  it("tells apart headlines that differ only where upper case would join them", () => {
    const result = runCheck("ad_headlines", ad({ headlines: ["Dashboards for your whole team", "Straße reports", "Strasse reports"] }), ctx);
    expect(result.message).toBe("The headlines fit the channel: 3–15, unique, at most 30 characters.");
  });
  it("tells apart headlines whose words are run together", () => {
    const result = runCheck("ad_headlines", ad({ headlines: ["Dashboards for your whole team", "Start Your Free Trial", "StartYour FreeTrial"] }), ctx);
    expect(result.message).toBe("The headlines fit the channel: 3–15, unique, at most 30 characters.");
  });
});
