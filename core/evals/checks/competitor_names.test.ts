import { beforeAll, describe, expect, it } from "vitest";
import type { CheckContext } from "../types.ts";
import { runCheck } from "../run.ts";
import { cleanEmailDraft, emailBody, exampleCampaignContext } from "../testing.ts";

// legal_v9 names Tableau, Looker, Power BI, Metabase, Mode and Sigma. "Mode" and "Sigma" are also
// ordinary words: only a use that reads as the company counts.

let ctx: CheckContext;
beforeAll(async () => {
  ({ ctx } = await exampleCampaignContext());
});

const status = (middle: string) => runCheck("competitor_names", cleanEmailDraft({ email_body: emailBody(middle) }), ctx).status;

describe("competitor_names reads Mode and Sigma", () => {
  it("as the company in the middle of a sentence, even with no comparison around it", () => {
    expect(status("Export it to Mode today.")).toBe("fail");
    expect(status("Note: export it to Mode today.")).toBe("fail");
  });

  it("as a word at the start of a sentence, unless the sentence compares or switches tools", () => {
    expect(status("Sigma is the sum of a column.")).toBe("pass");
    expect(status("Charts are easy. Sigma is the sum of a column.")).toBe("pass");
    expect(status("Sigma customers with large teams often compare plans.")).toBe("fail");
  });

  it("as a word after a colon, a quotation mark or a bracket, unless the sentence compares tools", () => {
    expect(status("Tip: Mode lets you present full screen.")).toBe("pass");
    expect(status('Try the "Mode" menu.')).toBe("pass");
    expect(status("Tip: Mode is better than Lumora.")).toBe("fail");
  });

  it("as a feature name after a title-case word", () => {
    expect(status("Keep your Dark Mode setting.")).toBe("pass");
  });
});

describe("competitor_names", () => {
  it("finds a name of two words written with the space", () => {
    expect(runCheck("competitor_names", cleanEmailDraft({ email_body: emailBody("Teams on Power BI like sharing.") }), ctx)).toMatchObject({
      status: "fail",
      message: "The copy names a competitor (Power BI); legal_v9 allows no comparison with competitors, so remove it.",
      evidence: ["Teams on Power BI like sharing."],
    });
  });
});

describe("competitor_names with another legal policy", () => {
  const withRestrictions = (restrictions: CheckContext["policies"]["legal"]["restrictions"]): CheckContext => ({
    ...ctx,
    policies: { ...ctx.policies, legal: { ...ctx.policies.legal, restrictions } },
  });

  it("passes when the policy lists no competitors", () => {
    const noCompetitors = withRestrictions(ctx.policies.legal.restrictions.filter((r) => r.id !== "no_competitors"));
    expect(runCheck("competitor_names", cleanEmailDraft({ email_body: emailBody("Teams on Power BI like sharing.") }), noCompetitors)).toMatchObject({
      status: "pass",
      message: "No competitor is named.",
    });
  });

  it("finds a name the policy writes with spaces around it, and names it without them", () => {
    const padded = withRestrictions(ctx.policies.legal.restrictions.map((r) => (r.id === "no_competitors" ? { ...r, banned_terms: [" Tableau ", "  "] } : r)));
    expect(runCheck("competitor_names", cleanEmailDraft({ email_body: emailBody("Tableau is slower than this.") }), padded)).toMatchObject({
      status: "fail",
      message: "The copy names a competitor (Tableau); legal_v9 allows no comparison with competitors, so remove it.",
      evidence: ["Tableau is slower than this."],
    });
  });

  it("finds a name the policy writes with two spaces where the copy has one", () => {
    const doubleSpaced = withRestrictions(ctx.policies.legal.restrictions.map((r) => (r.id === "no_competitors" ? { ...r, banned_terms: ["Power  BI"] } : r)));
    expect(runCheck("competitor_names", cleanEmailDraft({ email_body: emailBody("Teams on Power BI like sharing.") }), doubleSpaced)).toMatchObject({
      status: "fail",
      message: "The copy names a competitor (Power  BI); legal_v9 allows no comparison with competitors, so remove it.",
      evidence: ["Teams on Power BI like sharing."],
    });
  });
});
