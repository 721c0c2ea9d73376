import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CheckContext } from "../types.ts";
import { runCheck } from "../run.ts";
import { cleanEmailDraft, emailBody, exampleCampaignContext } from "../testing.ts";
import { groundingFlags } from "./sentence_grounding.ts";

let base: CheckContext;
beforeAll(async () => {
  ({ ctx: base } = await exampleCampaignContext());
});

// The check keeps what it prepared from a campaign's approved inputs for the rest of the run. Each
// test gets a campaign of its own (the example's, with one more allowed date no sentence here names),
// so it judges from what it prepares itself, never from what an earlier test prepared; a test that
// judges two campaigns one after another builds both from its own.
let ctx: CheckContext;
let day = 0;
beforeEach(() => {
  day += 1;
  const date = new Date(Date.UTC(2090, 0, day)).toISOString().slice(0, 10);
  ctx = { ...base, brief: { ...base.brief, allowed_dates: [...base.brief.allowed_dates, date] } };
});

// Each sentence stands alone on its line: a line of several sentences is tagged whole (nlp.ts),
// which would hide whether the check itself chose to tag the sentence.
const withBody = (middle: string) => cleanEmailDraft({ email_body: emailBody(middle) });
const grounding = (sentence: string, context = ctx) => runCheck("sentence_grounding", withBody(sentence), context);
const PASS = "Every claim-bearing sentence rests on an approved input (grounding_v1).";
const REPORTS = 'closest approved text: "Scheduled reports can be delivered by email or Slack." (approved claim scheduled_reports)';
const KEEP = 'closest approved text: "Upgrading keeps every dashboard, query and alert created during the trial." (approved claim keep_work)';
const warn = (sentence: string, kind: string, cue: string, intent: string) =>
  `"${sentence}" — ${kind} ("${cue}") without approved support; ${intent}. A reviewer must confirm or rewrite it.`;
const customer = (sentence: string, name: string) => warn(sentence, "customer reference", name, REPORTS);


describe("sentence_grounding: which names count as a company", () => {
  it("sends a company of two or three capitalised words without a suffix to review", () => {
    for (const name of ["Wells Fargo", "General Electric", "Acme Blue Data"]) {
      const sentence = `${name} moved every report into Lumora.`;
      expect(grounding(sentence).message, sentence).toBe(customer(sentence, name));
    }
  });

  it("reads a name as it is written, however many spaces part its words", () => {
    const sentence = "Wells  Fargo moved every report into Lumora.";
    expect(grounding(sentence).message).toBe(customer(sentence, "Wells  Fargo"));
  });

  it("keeps a company's name whole when it ends in s, and drops only a possessive 's", () => {
    const systems = "Acme Systems moved every report into Lumora.";
    expect(grounding(systems).message).toBe(customer(systems, "Acme Systems"));
    const possessive = "Globex Corp's analysts moved every report into Lumora.";
    expect(grounding(possessive).message).toBe(customer(possessive, "Globex Corp"));
  });

  it("leaves a company of one word without a suffix alone", () => {
    expect(grounding("Reports moved from Walmart into Lumora.")).toMatchObject({ status: "pass", message: PASS });
  });

  it("leaves a name with a possessive inside it alone, even with a company suffix", () => {
    expect(grounding("McDonald's Corp moved every report into Lumora.")).toMatchObject({ status: "pass", message: PASS });
  });

  it("sends a company whose words are joined by \"&\" to review, whole", () => {
    for (const name of ["Procter & Gamble", "Johnson & Johnson", "Kettle & Sons Data"]) {
      const sentence = `${name} moved every report into Lumora.`;
      expect(grounding(sentence).message, sentence).toBe(customer(sentence, name));
    }
  });

  it("reads the words of a name however many spaces part them from the \"&\"", () => {
    const sentence = "Procter &  Gamble moved every report into Lumora.";
    expect(grounding(sentence).message).toBe(customer(sentence, "Procter &  Gamble"));
    const heading = "Reports  &  Alerts stay exactly where they are.";
    expect(grounding(heading)).toMatchObject({ status: "pass", message: PASS });
  });

  it("sends a company of plural-looking words to review when no \"&\" joins them", () => {
    const sentence = "Texas Instruments moved every report into Lumora.";
    expect(grounding(sentence).message).toBe(customer(sentence, "Texas Instruments"));
  });

  it("sends a name ending in a company suffix to review whole, a word in lower case inside it too", () => {
    const sentence = "Kettle data Corp moved every report into Lumora.";
    expect(grounding(sentence).message).toBe(customer(sentence, "Kettle data Corp"));
  });

  it("reads the name the tagger ends at \"&\" (\"Wells Fargo &\" of \"Wells Fargo & Co\") without the \"&\"", () => {
    const sentence = "Wells Fargo & Co moved every report into Lumora.";
    expect(grounding(sentence).message).toBe(customer(sentence, "Wells Fargo"));
  });

  it("reads a company's name up to its first word that is not capitalised", () => {
    // The tagger reads "Acme Blue data" as one company.
    const sentence = "Acme Blue data teams moved every report into Lumora.";
    const SETUP = 'closest approved text: "Most teams connect their first data source in under 10 minutes." (approved claim setup_time)';
    expect(grounding(sentence).message).toBe(warn(sentence, "customer reference", "Acme Blue", SETUP));
  });

  it("leaves plurals joined by \"&\" alone: a heading of the product, not a company", () => {
    for (const sentence of ["Reports & Alerts stay exactly where they are.", "Read our Terms & Conditions before you upgrade."]) {
      expect(grounding(sentence), sentence).toMatchObject({ status: "pass", message: PASS });
    }
  });

  it("leaves the company's own name from the legal footer alone", () => {
    // "without" has the sentence tagged, and the tagger reads "Lumora Inc" as a company.
    expect(grounding("Every report moved to Lumora Inc. without a hitch.")).toMatchObject({ status: "pass", message: PASS });
  });

  it("leaves the product's own name alone when the tagger reads it as a company, whatever was judged before", () => {
    const brand = ctx.policies.brand;
    const cloud: CheckContext = { ...ctx, policies: { ...ctx.policies, brand: { ...brand, product_name: { ...brand.product_name, canonical: "Lumora Labs" } } } };
    const sentence = "Every report moved to Lumora Labs without a hitch.";
    // Under the product name "Lumora", "Lumora Labs" is another company; the same approved texts must
    // not carry that judgement over to a brand whose product is "Lumora Labs".
    expect(grounding(sentence).message).toBe(customer(sentence, "Lumora Labs"));
    expect(grounding(sentence, cloud)).toMatchObject({ status: "pass", message: PASS });
  });

  it("reads the names legal bans as known only under the legal policy that bans them, whatever was judged before", () => {
    const legal = ctx.policies.legal;
    const restrictions = legal.restrictions.map((r) => (r.banned_terms ? { ...r, banned_terms: r.banned_terms.filter((t) => t !== "Metabase") } : r));
    const metabaseAllowed: CheckContext = { ...ctx, policies: { ...ctx.policies, legal: { ...legal, restrictions } } };
    const sentence = "Reports got faster in Metabase, June said.";
    // legal_v9 bans "Metabase" (competitor_names judges it), so the sentence is not tagged; under a policy
    // that does not ban it, it is, and June is then quoted. The same approved texts must not carry the
    // first judgement over.
    expect(grounding(sentence)).toMatchObject({ status: "pass", message: PASS });
    expect(grounding(sentence, metabaseAllowed).message).toBe(customer(sentence, "June"));
  });

  it("does not tag a sentence whose capitalised words are all known names or months", () => {
    // Tagged, "June" would be read as a person quoted beside "said". Lumora is the product, Zendesk an
    // integration, Tableau a competitor the legal policy bans and Portland a word of the postal address.
    for (const sentence of ["Reports got faster in Lumora, June said.", "Reports got faster in Zendesk, June said.", "Reports got faster in Tableau, June said.", "Reports got faster in Portland, June said."]) {
      expect(grounding(sentence), sentence).toMatchObject({ status: "pass", message: PASS });
    }
  });
});

describe("sentence_grounding: superlatives and promises the tagger finds", () => {
  it("sends a superlative no phrase of the rules names to review", () => {
    const sentence = "Lumora gives you the clearest dashboards.";
    expect(grounding(sentence).message).toBe(warn(sentence, "comparison or superlative", "clearest", KEEP));
  });

  it("sends a negated fee, charge, cost, contract, commitment or credit card to review, singular or plural", () => {
    const cases: [string, string, string][] = [
      ["There is no fee.", "no fee", "no approved text is close"],
      ["There is no charge.", "no charge", "no approved text is close"],
      ["There is no cost.", "no cost", 'closest approved text: "Annual billing costs the same as 10 months of monthly billing." (approved claim annual_saving (not selected for this brief))'],
      ["There is no long commitment.", "no long commitment", "no approved text is close"],
      ["You need no upfront credit card.", "no upfront credit card", "no approved text is close"],
      // The tagger reads "contract" as a verb; after "no" or "without a" it is the noun.
      ["You need no yearly contract.", "no yearly contract", "no approved text is close"],
      ["There are no long contracts.", "no long contracts", "no approved text is close"],
      ["You can start without a long-term contract.", "without a long-term contract", "no approved text is close"],
    ];
    for (const [sentence, cue, intent] of cases) expect(grounding(sentence).message, sentence).toBe(warn(sentence, "unapproved promise", cue, intent));
  });

  it("gives the likely intent of the clause holding the cue, not of the sentence's first clause", () => {
    const sentence = "Upgrading keeps every dashboard, and Wells Fargo moved every report into Lumora.";
    expect(grounding(sentence).message).toBe(customer(sentence, "Wells Fargo"));
  });
});

describe("sentence_grounding: the approved inputs of each campaign", () => {
  const facts = (ctx: CheckContext, last: string): CheckContext => ({ ...ctx, brief: { ...ctx.brief, facts: [...(ctx.brief.facts ?? []).slice(0, -1), last] } });
  const SENTENCE = "Upgrade the fastest way.";

  it("supports a cue that ends one approved text, with another text after it", () => {
    // The brief's facts are followed by the deadline ("Your trial ends in 3 days."): the words must not run together.
    expect(grounding(SENTENCE, facts(ctx, "Keep everything you built in the fastest way"))).toMatchObject({ status: "pass", message: PASS });
  });

  it("judges each campaign by its own approved texts, one after another", () => {
    expect(grounding(SENTENCE, facts(ctx, "Keep everything you built during the trial."))).toMatchObject({ status: "warn", message: warn(SENTENCE, "comparison or superlative", "the fastest way", KEEP) });
    expect(grounding(SENTENCE, facts(ctx, "Upgrade the fastest way"))).toMatchObject({ status: "pass", message: PASS });
  });

  it("judges by the rules given, even when they keep the version of rules read before", () => {
    expect(grounding(SENTENCE).status).toBe("warn");
    const rules = ctx.policies.grounding!;
    const withoutComparisons = { ...rules, claim_kinds: rules.claim_kinds.filter((k) => k.id !== "comparison") };
    expect(grounding(SENTENCE, { ...ctx, policies: { ...ctx.policies, grounding: withoutComparisons } })).toMatchObject({ status: "pass", message: PASS });
  });

  it("finds nothing to flag when the repository has no approved grounding rules", () => {
    const { grounding: _rules, ...policies } = ctx.policies;
    expect(groundingFlags(withBody("Lumora is the fastest way to share a dashboard."), { ...ctx, policies })).toEqual([]);
  });
});
