import { beforeAll, describe, expect, it } from "vitest";
import type { CheckContext } from "../types.ts";
import { runCheck } from "../run.ts";
import { cleanEmailDraft, emailBody, exampleCampaignContext } from "../testing.ts";

let ctx: CheckContext;
beforeAll(async () => {
  ({ ctx } = await exampleCampaignContext());
});

const withBody = (middle: string) => cleanEmailDraft({ email_body: emailBody(middle) });

describe("offer_only_discount", () => {
  it("passes copy that names only the TEAM20 offer", () => {
    expect(runCheck("offer_only_discount", cleanEmailDraft(), ctx).message).toBe(
      "The only discount named is the offer (20% off the first 3 months of the Team plan with code TEAM20).",
    );
  });
  it("fails a second percentage off", () => {
    expect(runCheck("offer_only_discount", withBody("Prefer annual billing? Save 25% when you pay yearly."), ctx)).toMatchObject({
      status: "fail",
      message: 'The copy names a discount, code or price that is not the offer ("Save 25%"); the only offer is 20% off the first 3 months of the Team plan with code TEAM20.',
      evidence: ["Prefer annual billing? Save 25% when you pay yearly."],
    });
  });
  it("fails a second code, a price and a longer discount period", () => {
    expect(runCheck("offer_only_discount", withBody("Use code SEATS15 on top."), ctx).evidence).toEqual(["Use code SEATS15 on top."]);
    expect(runCheck("offer_only_discount", withBody("The Team plan is $49 per user."), ctx).status).toBe("fail");
    expect(runCheck("offer_only_discount", withBody("That is 20% off the first 6 months."), ctx).status).toBe("fail");
  });
});

describe("restricted_terms", () => {
  it("passes 'free trial', 'free 14-day trial', 'free-trial' and the idiom 'feel free'", () => {
    const draft = withBody("Your free trial ends in 3 days. Your free 14-day trial was fun. Feel free to reply. See /free-trial.");
    expect(runCheck("restricted_terms", draft, ctx).message).toBe("No term restricted by legal_v9 appears in the copy.");
  });
  it("fails security claims with the rule they break", () => {
    expect(runCheck("restricted_terms", withBody("Lumora is SOC 2 audited and your data is encrypted."), ctx)).toMatchObject({
      status: "fail",
      message:
        'The copy uses "SOC 2" and "encrypted", restricted by legal_v9 (No security, compliance or certification claims unless an approved claim states them); remove or rephrase it.',
      evidence: ["Lumora is SOC 2 audited and your data is…", "…2 audited and your data is encrypted."],
    });
  });
  it("fails 'free' outside 'free trial'", () => {
    expect(runCheck("restricted_terms", withBody("Your first month is free."), ctx).message).toBe(
      'The copy uses "free", restricted by legal_v9 ("Free" only in "free trial"); remove or rephrase it.',
    );
  });
  it("allows a security term once an approved claim of the brief states it", () => {
    const encryption = { id: "encryption_at_rest", text: "Lumora stores your data encrypted at rest." };
    const withClaim: CheckContext = {
      ...ctx,
      policies: { ...ctx.policies, claims: { ...ctx.policies.claims, claims: [...ctx.policies.claims.claims, encryption] } },
      brief: { ...ctx.brief, claims: [...ctx.brief.claims, encryption.id] },
    };
    const draft = withBody("Lumora stores your data encrypted at rest.");
    expect(runCheck("restricted_terms", draft, ctx).status).toBe("fail");
    expect(runCheck("restricted_terms", draft, withClaim).status).toBe("pass");
  });
  it("finds guarantee language in its inflections and spellings", () => {
    for (const phrase of ["We guarantee results.", "Results guaranteed.", "Upgrading is risk-free.", "There is no risk.", "SOC-2 audited."]) {
      expect(runCheck("restricted_terms", withBody(phrase), ctx).status, phrase).toBe("fail");
    }
  });
});

describe("restricted_terms in every inflection of legal_v9's terms", () => {
  // Legal's own list, without the grounding rules' synonyms (which spell out some forms, like "secured").
  const legalOnly = (): CheckContext => ({ ...ctx, policies: { ...ctx.policies, grounding: undefined } });
  const inflections: [term: string, sentence: string][] = [
    ["guarantee", "Lumora guarantees results."],
    ["guarantee", "We are guaranteeing results."],
    ["guarantee", "Our guarantee: results."],
    ["guaranteed", "Results guaranteed."],
    ["risk-free", "Upgrading is risk free."],
    ["free", "Your first month is free."],
    ["free", "Upgrading frees your team from spreadsheets."],
    ["secure", "Your dashboards stay secured."],
    ["secure", "We are securing your dashboards."],
    ["secure", "Lumora secures every dashboard."],
    ["security", "Enterprise security included."],
    ["encrypted", "Everything is encrypted."],
    ["encryption", "Encryptions everywhere."],
    ["certified", "A certified platform."],
    ["compliant", "Fully compliant."],
    ["bank-grade", "Bank grade storage."],
  ];
  it.each(inflections)("finds %j in %j", (term, sentence) => {
    const result = runCheck("restricted_terms", withBody(sentence), legalOnly());
    expect(result.status).toBe("fail");
    expect(result.message).toContain(`"${term}"`);
  });

  it("finds terms that are not plain lower-case words only as written, in any case and spacing", () => {
    for (const sentence of ["We are SOC 2 ready.", "soc2 ready.", "ISO-27001 aligned.", "HIPAA ready.", "GDPR ready.", "There is no risk."]) {
      expect(runCheck("restricted_terms", withBody(sentence), legalOnly()).status, sentence).toBe("fail");
    }
    // An acronym is not inflected: "GDPRs" is not the term "GDPR".
    expect(runCheck("restricted_terms", withBody("Mind the GDPRs."), legalOnly()).status).toBe("pass");
  });

  it("does not read a longer word that merely starts with a term as the term", () => {
    for (const sentence of ["Freedom to explore.", "A guaranteeship.", "Securities law.", "Freely share dashboards."]) {
      expect(runCheck("restricted_terms", withBody(sentence), legalOnly()).status, sentence).toBe("pass");
    }
  });

  it("names every restricted term once and quotes each place it appears", () => {
    const result = runCheck("restricted_terms", withBody("We guarantee it. Guaranteed. Also free.\nWe guarantee again."), legalOnly());
    expect(result).toMatchObject({
      status: "fail",
      message: 'The copy uses "guarantee", "guaranteed" and "free", restricted by legal_v9 (No guarantee language); remove or rephrase it.',
    });
    // Term by term, each excerpt once; the line a term sits on is shortened to about 30 characters around it.
    expect(result.evidence).toEqual(["We guarantee it. Guaranteed. Also free.", "We guarantee again.", "…it. Guaranteed. Also free."]);
  });
});

describe("competitor_names", () => {
  it("passes 'presentation mode', 'Dark Mode' and 'sigma' as ordinary words", () => {
    const draft = withBody("Present in presentation mode, keep your Dark Mode setting, and ignore the sigma of your data.");
    expect(runCheck("competitor_names", draft, ctx).message).toBe("No competitor is named.");
  });
  it("fails Mode the company mid-sentence and Tableau", () => {
    expect(runCheck("competitor_names", withBody("Teams that move from Mode or Tableau like sharing."), ctx)).toMatchObject({
      status: "fail",
      message: "The copy names a competitor (Tableau and Mode); legal_v9 allows no comparison with competitors, so remove it.",
      evidence: ["Teams that move from Mode or Tableau like sharing."],
    });
  });
  it("fails a competitor at a sentence start in a comparison", () => {
    expect(runCheck("competitor_names", withBody("Sigma users switching to Lumora keep their habits."), ctx).status).toBe("fail");
  });
});

describe("urgency_deadline", () => {
  it("passes urgency tied to the trial's end and the offer's real expiry", () => {
    const draft = withBody("Your trial expires in 3 days; this is your last chance to keep your trial work. The offer expires on Dec 31.");
    expect(runCheck("urgency_deadline", draft, ctx).message).toBe("Every deadline and urgency phrase refers to a real deadline of the brief.");
  });
  it("fails an invented deadline", () => {
    expect(runCheck("urgency_deadline", withBody("This offer ends tonight."), ctx)).toMatchObject({
      status: "fail",
      message: 'The copy creates urgency or names a date the brief does not back ("ends tonight"); the real deadlines are the trial\'s end (3 days) and 2026-12-31.',
      evidence: ["This offer ends tonight."],
    });
  });
  it("fails a wrong date, a wrong window and urgency with no deadline", () => {
    expect(runCheck("urgency_deadline", withBody("Valid until November 30."), ctx).evidence).toEqual(["Valid until November 30."]);
    expect(runCheck("urgency_deadline", withBody("Your trial ends in 2 days."), ctx).status).toBe("fail");
    expect(runCheck("urgency_deadline", withBody("Hurry, this won't last."), ctx).status).toBe("fail");
    expect(runCheck("urgency_deadline", withBody("Upgrade by Friday."), ctx).status).toBe("fail");
  });
  it("reads 'in 14 days your team built' as a recap, not a deadline", () => {
    expect(runCheck("urgency_deadline", withBody("In 14 days your team built 7 dashboards."), ctx).status).toBe("pass");
  });
});
