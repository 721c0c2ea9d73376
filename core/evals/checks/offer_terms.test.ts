import { beforeAll, describe, expect, it } from "vitest";
import type { CheckContext } from "../types.ts";
import { runCheck } from "../run.ts";
import { cleanEmailDraft, emailBody, exampleCampaignContext } from "../testing.ts";

let ctx: CheckContext;
beforeAll(async () => {
  ({ ctx } = await exampleCampaignContext());
});

const withBody = (middle: string) => cleanEmailDraft({ email_body: emailBody(middle) });
const SUMMARY = "20% off the first 3 months of the Team plan with code TEAM20, valid until 2026-12-31";
const PASS = `Every restatement of the offer matches it (${SUMMARY}).`;
const offerTerms = (draft: Record<string, unknown>, context = ctx) => runCheck("offer_terms", draft, context);
/** The evidence line for one mismatch in the email body. */
const bodyEvidence = (sentence: string, term: string, said: string, offer: string) => `email_body: "${sentence}" — ${term} "${said}", the offer says ${offer}`;
/** The example campaign with its offer changed, as another campaign's brief would set it. */
const withOffer = (changes: Record<string, unknown>): CheckContext => ({ ...ctx, offer: { ...ctx.offer, ...changes } as CheckContext["offer"] });

describe("offer_terms: the whole result", () => {
  it("passes the clean draft and states the offer it compared against", () => {
    expect(offerTerms(cleanEmailDraft())).toMatchObject({ status: "pass", message: PASS, evidence: [] });
  });

  it("passes a campaign without an offer and says so", () => {
    expect(offerTerms(withBody("Code TEAM 20 takes half off the Business plan."), { ...ctx, offer: undefined })).toMatchObject({
      status: "pass",
      message: "The campaign has no offer; no offer terms to compare.",
    });
  });

  it("names the first mismatch in the message and lists every one, field by field, in the evidence", () => {
    const draft = cleanEmailDraft({
      subject_lines: ["Half off Team for your trial", "Keep everything you built", "Upgrade and keep your dashboards"],
      preview_text: "Use code TEAM-20 on the Business plan before your trial ends today.",
    });
    expect(offerTerms(draft)).toEqual(
      expect.objectContaining({
        status: "fail",
        message: `"Half off Team for your trial" states the offer's discount as "Half off"; the offer is ${SUMMARY}.`,
        evidence: [
          'subject_lines[0]: "Half off Team for your trial" — discount "Half off", the offer says 20%',
          'preview_text: "Use code TEAM-20 on the Business plan before your trial ends today." — plan "Business", the offer says Team',
          'preview_text: "Use code TEAM-20 on the Business plan before your trial ends today." — code "TEAM-20", the offer says TEAM20',
        ],
      }),
    );
  });

  it("reads the expiry from the offer when the brief allows no date", () => {
    const noDates = { ...ctx, brief: { ...ctx.brief, allowed_dates: [] } };
    expect(offerTerms(withBody("The offer runs until December."), noDates).message).toBe(PASS);
    expect(offerTerms(withBody("The offer runs until November."), noDates)).toMatchObject({
      status: "fail",
      message: `"The offer runs until November." states the offer's expiry as "until November"; the offer is ${SUMMARY}.`,
      evidence: [bodyEvidence("The offer runs until November.", "expiry", "until November", "2026-12-31")],
    });
  });
});

describe("offer_terms: which sentences and clauses restate the offer", () => {
  it("leaves a sentence alone that does not restate the offer, whatever plan or duration it names", () => {
    expect(offerTerms(withBody("Business teams often switch after six months."))).toMatchObject({ status: "pass", message: PASS });
  });

  it("reads a sentence as a restatement of the offer by any one offer word", () => {
    for (const sentence of [
      "Use the code on Business.",
      "The coupon works on Business.",
      "The promo covers Business.",
      "The discount applies to Business.",
      "The offer covers Business.",
      "The deal covers Business.",
      "Twenty percent less on Business.",
      "Take money off your first quarter on Business.",
    ]) {
      expect(offerTerms(withBody(sentence)).evidence, sentence).toEqual([bodyEvidence(sentence, "plan", "Business", "Team")]);
    }
  });

  it("holds each clause of an offer sentence to the offer on its own", () => {
    for (const middle of [
      "Code TEAM20 takes 20% off the Team plan; Business keeps its list price.",
      "Code TEAM20 takes 20% off the Team plan: Business keeps its list price.",
      "Code TEAM20 takes 20% off the Team plan — Business keeps its list price.",
      "Code TEAM20 takes 20% off the Team plan (Business keeps its list price).",
      "Code TEAM20 takes 20% off the Team plan, which sits beside Business.",
      "Code TEAM20 takes 20% off the Team plan, and Business keeps its list price.",
      "Code TEAM20 takes 20% off the Team plan, but Business keeps its list price.",
      "Code TEAM20 takes 20% off the Team plan, while Business keeps its list price.",
      "Code TEAM20 takes 20% off the Team plan, where Business keeps its list price.",
      "Code TEAM20 takes 20% off the Team plan at Lumora Inc. Business keeps its list price.",
    ]) {
      expect(offerTerms(withBody(middle)).status, middle).toBe("pass");
    }
  });

  it("holds the clause after a spaced dash on its own, an en dash included", () => {
    for (const middle of ["Code TEAM20 takes 20% off the Team plan – Business keeps its list price.", "Code TEAM20 takes 20% off the Team plan - Business keeps its list price."]) {
      expect(offerTerms(withBody(middle)).message, middle).toBe(PASS);
    }
    expect(offerTerms(withBody("Code TEAM-20 takes 20% off the Team plan.")).evidence).toEqual([bodyEvidence("Code TEAM-20 takes 20% off the Team plan.", "code", "TEAM-20", "TEAM20")]);
  });

  it("fails another plan in an offer clause with no duration in it", () => {
    expect(offerTerms(withBody("Code TEAM20 takes 20% off the Business plan."))).toMatchObject({
      status: "fail",
      evidence: [bodyEvidence("Code TEAM20 takes 20% off the Business plan.", "plan", "Business", "Team")],
    });
  });

  it("fails another plan in a clause that names a duration but no offer word, when the sentence restates the offer", () => {
    const sentence = "Code TEAM20 takes 20% off; Starter stays the same every month.";
    expect(offerTerms(withBody(sentence)).evidence).toEqual([bodyEvidence(sentence, "plan", "Starter", "Team")]);
  });
});

describe("offer_terms: the discount in words", () => {
  it("passes the offer's own fraction and fails every other fraction, with 'off' or 'of'", () => {
    expect(offerTerms(withBody("Code TEAM20 takes a fifth off the Team plan.")).message).toBe(PASS);
    const cases: [string, string][] = [
      ["Code TEAM20 takes half off the Team plan.", "half off"],
      ["Code TEAM20 takes a third off the Team plan.", "a third off"],
      ["Code TEAM20 takes a tenth off the Team plan.", "a tenth off"],
      ["Code TEAM20 saves you a third of the Team price.", "a third of"],
    ];
    for (const [sentence, said] of cases) {
      expect(offerTerms(withBody(sentence)).evidence, sentence).toEqual([bodyEvidence(sentence, "discount", said, "20%")]);
    }
  });
});

describe("offer_terms: the duration in words", () => {
  it("passes the offer's duration in digits, words and weeks", () => {
    for (const sentence of [
      "Code TEAM20 takes 20% off for 3 months.",
      "Code TEAM20 takes 20% off for three months.",
      "Code TEAM20 takes 20% off over 13 weeks.",
      "Code TEAM20 takes 20% off over 12 weeks.",
    ]) {
      expect(offerTerms(withBody(sentence)).message, sentence).toBe(PASS);
    }
  });

  it("fails every other duration and says what it was", () => {
    const cases: [string, string][] = [
      ["Code TEAM20 takes 20% off for 6 months.", "for 6 months"],
      ["Code TEAM20 takes 20% off for six months.", "for six months"],
      ["Code TEAM20 takes 20% off over two months.", "over two months"],
      ["Code TEAM20 takes 20% off for 4 weeks.", "for 4 weeks"],
      ["Code TEAM20 takes 20% off for 2 years.", "for 2 years"],
      ["Code TEAM20 takes 20% off for a full year.", "a full year"],
      ["Code TEAM20 takes 20% off your whole first year.", "your whole first year"],
      ["Code TEAM20 takes 20% off for half a year.", "half a year"],
    ];
    for (const [sentence, said] of cases) {
      expect(offerTerms(withBody(sentence)).evidence, sentence).toEqual([bodyEvidence(sentence, "duration", said, "3 months")]);
    }
  });

  it("fails a duration in any number word up to twelve", () => {
    for (const word of ["seven", "eight", "ten", "eleven"]) {
      const sentence = `Code TEAM20 takes 20% off for ${word} months.`;
      expect(offerTerms(withBody(sentence)).evidence, sentence).toEqual([bodyEvidence(sentence, "duration", `for ${word} months`, "3 months")]);
    }
  });

  it("reads years as twelve months for an annual offer", () => {
    const annual = withOffer({ duration_months: 12, summary: "20% off the first year of the Team plan" });
    const pass = "Every restatement of the offer matches it (20% off the first year of the Team plan with code TEAM20, valid until 2026-12-31).";
    for (const sentence of ["Code TEAM20 takes 20% off for 1 year.", "Code TEAM20 takes 20% off for twelve months.", "Code TEAM20 takes 20% off for a year.", "Code TEAM20 takes 20% off for 52 weeks."]) {
      expect(offerTerms(cleanEmailDraft({ email_body: emailBody(sentence).replace("first 3 months", "first 12 months") }), annual).message, sentence).toBe(pass);
    }
    const twoYears = "Code TEAM20 takes 20% off for 2 years.";
    expect(offerTerms(cleanEmailDraft({ email_body: emailBody(twoYears).replace("first 3 months", "first 12 months") }), annual).evidence).toEqual([
      bodyEvidence(twoYears, "duration", "for 2 years", "12 months"),
    ]);
  });

  it("judges no duration when the offer has none", () => {
    const open = withOffer({ duration_months: undefined });
    expect(offerTerms(withBody("Code TEAM20 takes 20% off for 6 months."), open).status).toBe("pass");
  });
});

describe("offer_terms: the code and the expiry month", () => {
  it("fails the code written with a space or a hyphen", () => {
    for (const [sentence, said] of [
      ["Use code TEAM 20 at checkout.", "TEAM 20"],
      ["Use code TEAM-20 at checkout.", "TEAM-20"],
    ] as [string, string][]) {
      expect(offerTerms(withBody(sentence)).evidence, sentence).toEqual([bodyEvidence(sentence, "code", said, "TEAM20")]);
    }
  });

  it("looks for no variants of a code without digits", () => {
    const spring = withOffer({ code: "SPRING", summary: "20% off the first 3 months of the Team plan" });
    const draft = withBody("Spring is here: code SPRING takes 20% off, valid until December 31, 2026.");
    expect(offerTerms(draft, spring).message).toBe(
      "Every restatement of the offer matches it (20% off the first 3 months of the Team plan with code SPRING, valid until 2026-12-31).",
    );
  });

  it("fails another month named alone and leaves a full date to urgency_deadline", () => {
    const sentence = "The offer is valid through October.";
    expect(offerTerms(withBody(sentence)).evidence).toEqual([bodyEvidence(sentence, "expiry", "valid through October", "2026-12-31")]);
    for (const [sentence, said] of [
      ["The offer runs till October.", "till October"],
      ["Use the code by October.", "by October"],
      ["Use the code before the middle of October.", "before the middle of October"],
      ["The deal ends October.", "ends October"],
      ["The discount expires October.", "expires October"],
      ["The offer is valid till the start of October.", "valid till the start of October"],
    ] as [string, string][]) {
      expect(offerTerms(withBody(sentence)).evidence, sentence).toEqual([bodyEvidence(sentence, "expiry", said, "2026-12-31")]);
    }
    expect(offerTerms(withBody("The offer expires before the end of December.")).message).toBe(PASS);
    expect(offerTerms(withBody("The offer is valid until November 30.")).message).toBe(PASS);
  });
});

describe("offer_terms: the edges of each pattern", () => {
  it("keeps the word before a clause mark in its clause, and the word after it in the next", () => {
    const before = "Code TEAM20 takes 20% off Business; it renews monthly.";
    expect(offerTerms(withBody(before)).evidence).toEqual([bodyEvidence(before, "plan", "Business", "Team")]);
    const after = "Code TEAM20 takes 20% off the Team plan (half off the first month).";
    expect(offerTerms(withBody(after)).evidence).toEqual([bodyEvidence(after, "discount", "half off", "20%")]);
  });

  it("splits a clause at a comma before 'and' with no space after the comma", () => {
    expect(offerTerms(withBody("Code TEAM20 takes 20% off the Team plan,and Business keeps its list price.")).message).toBe(PASS);
  });

  it("reads a fraction across two spaces", () => {
    const sentence = "Code TEAM20 takes half  off the Team plan.";
    expect(offerTerms(withBody(sentence)).evidence).toEqual([bodyEvidence(sentence, "discount", "half  off", "20%")]);
  });

  it("reads every duration shape: a first year without 'your', 'the' or 'whole', a year, two digits, one unit, and any spacing", () => {
    const cases: [string, string][] = [
      ["Code TEAM20 takes 20% off Team for its first year.", "first year"],
      ["Code TEAM20 takes 20% off your first year.", "your first year"],
      ["Code TEAM20 takes 20% off for a year.", "a year"],
      ["Code TEAM20 takes 20% off for  6 months.", "for  6 months"],
      ["Code TEAM20 takes 20% off for 6  months.", "for 6  months"],
      ["Code TEAM20 takes 20% off for 10 months.", "for 10 months"],
      ["Code TEAM20 takes 20% off for 1 month.", "for 1 month"],
      ["Code TEAM20 takes 20% off for 1 week.", "for 1 week"],
      ["Code TEAM20 takes 20% off for 1 year.", "for 1 year"],
    ];
    for (const [sentence, said] of cases) {
      expect(offerTerms(withBody(sentence)).evidence, sentence).toEqual([bodyEvidence(sentence, "duration", said, "3 months")]);
    }
  });

  it("reads years as twelve months each for a two-year offer", () => {
    const twoYear = withOffer({ duration_months: 24 });
    expect(offerTerms(withBody("Code TEAM20 takes 20% off for 2 years."), twoYear).status).toBe("pass");
  });

  it("splits a code into its letters and only its trailing digits", () => {
    const b2b = withOffer({ code: "B2B30", summary: "30% off the first 3 months of the Team plan" });
    const sentence = "Use code B2B-30 at checkout.";
    expect(offerTerms(withBody(sentence), b2b).evidence).toEqual([bodyEvidence(sentence, "code", "B2B-30", "B2B30")]);
  });

  it("reads a month after 'end', 'expire' and any run of spaces, and leaves a date after two spaces alone", () => {
    const cases: [string, string][] = [
      ["The offer and the code end October.", "end October"],
      ["The offer and the code expire October.", "expire October"],
      ["The offer is valid  through October.", "valid  through October"],
      ["The offer runs until  October.", "until  October"],
      ["The offer runs before the  end of October.", "before the  end of October"],
      ["The offer runs before the end  of October.", "before the end  of October"],
      ["The offer runs before the end of  October.", "before the end of  October"],
    ];
    for (const [sentence, said] of cases) {
      expect(offerTerms(withBody(sentence)).evidence, sentence).toEqual([bodyEvidence(sentence, "expiry", said, "2026-12-31")]);
    }
    expect(offerTerms(withBody("The offer is valid until October  31.")).message).toBe(PASS);
  });
});

describe("offer_terms: an offer without a plan", () => {
  it("judges no plan when the offer has none, as it judges no duration", () => {
    const anyPlan = withOffer({ plan: undefined });
    expect(offerTerms(withBody("Code TEAM20 takes 20% off the Business plan."), anyPlan)).toMatchObject({ status: "pass", message: PASS });
  });
});
