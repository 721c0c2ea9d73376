import { beforeAll, describe, expect, it } from "vitest";
import type { LegalRestriction } from "../../model/index.ts";
import type { CheckContext } from "../types.ts";
import { runCheck } from "../run.ts";
import { cleanEmailDraft, emailBody, exampleCampaignContext } from "../testing.ts";

// How restricted_terms reads a policy, on restrictions written for each test. The check compiles a
// term's patterns the first time it meets the term and reuses them; each test below uses terms of
// its own, so what it asserts does not depend on which test ran first.

let ctx: CheckContext;
beforeAll(async () => {
  ({ ctx } = await exampleCampaignContext());
});

const withBody = (middle: string) => cleanEmailDraft({ email_body: emailBody(middle) });

/** The example campaign with legal's restrictions replaced (and no grounding synonyms). */
function under(restrictions: LegalRestriction[], claims: { id: string; text: string }[] = []): CheckContext {
  return {
    ...ctx,
    policies: {
      ...ctx.policies,
      legal: { ...ctx.policies.legal, restrictions },
      grounding: undefined,
      claims: { ...ctx.policies.claims, claims: [...ctx.policies.claims.claims, ...claims] },
    },
    brief: { ...ctx.brief, claims: [...ctx.brief.claims, ...claims.map((c) => c.id)] },
  };
}

const check = (middle: string, c: CheckContext) => runCheck("restricted_terms", withBody(middle), c);

describe("restricted_terms reads a policy's terms", () => {
  it("in every inflection when the term is a plain lower-case word", () => {
    const c = under([{ id: "no_vows", rule: "No vows.", banned_terms: ["vow"] }]);
    for (const sentence of ["We vow to deliver.", "We vowed to deliver.", "We are vowing to deliver.", "Two vows kept."]) {
      expect(check(sentence, c), sentence).toMatchObject({ status: "fail", message: 'The copy uses "vow", restricted by legal_v9 (No vows); remove or rephrase it.' });
    }
    expect(check("Vowels are fine.", c).status).toBe("pass");
  });

  it("only as written when it is an acronym or a phrase of several words (the policy lists the forms it means)", () => {
    const c = under([{ id: "no_pledges", rule: "No pledges.", banned_terms: ["ACMEX", "we pledge"] }]);
    expect(check("We pledge faster reports.", c).status).toBe("fail");
    expect(check("Acmex approved.", c).status).toBe("fail");
    for (const sentence of ["Here is the report we pledged.", "Two ACMEXs."]) {
      expect(check(sentence, c), sentence).toMatchObject({ status: "pass", message: "No term restricted by legal_v9 appears in the copy." });
    }
  });

  it("as sayable when an approved claim of the brief states it, in whatever case the claim writes it", () => {
    const restrictions = [{ id: "no_tamper", rule: "No tamper claims.", banned_terms: ["tamper-proof"] }];
    const claim = { id: "audit_log", text: "Tamper-proof audit logs on every plan." };
    expect(check("Your audit logs are tamper-proof.", under(restrictions)).status).toBe("fail");
    expect(check("Your audit logs are tamper-proof.", under(restrictions, [claim])).status).toBe("pass");
  });

  it("as sayable when it ends one approved claim and another claim follows (claims are read one by one)", () => {
    const restrictions = [{ id: "no_sso", rule: "No single sign-on claims.", banned_terms: ["single sign-on"] }];
    const claims = [
      { id: "sso", text: "Business plans include single sign-on" },
      { id: "seats", text: "Seats can be added at any time." },
    ];
    expect(check("Business plans include single sign-on.", under(restrictions, claims)).status).toBe("pass");
  });

  it("names the rule without its final full stop, keeping the ones inside it", () => {
    const c = under([{ id: "no_vouch", rule: "No vouching (e.g. endorsements).", banned_terms: ["vouch"] }]);
    expect(check("We vouch for it.", c).message).toBe('The copy uses "vouch", restricted by legal_v9 (No vouching (e.g. endorsements)); remove or rephrase it.');
  });

  it("leaves competitor names to competitor_names", () => {
    expect(check("Teams that move from Tableau like sharing.", ctx)).toMatchObject({ status: "pass", message: "No term restricted by legal_v9 appears in the copy." });
  });
});

describe("restricted_terms' allowed phrases", () => {
  const gifts = (allowed: string[]): CheckContext => under([{ id: "gift_cards_only", rule: '"Gift" only in "gift card".', banned_terms: ["gift"], allowed_phrases: allowed }]);

  it("excuse the term inside the phrase only, wherever else the term appears", () => {
    const c = gifts(["gift card"]);
    expect(check("Your gift card is ready.", c).status).toBe("pass");
    expect(check("Your gift card is ready. A gift for you too.", c)).toMatchObject({ status: "fail", evidence: ["Your gift card is ready. A gift for you too."] });
    expect(check("A gift for you. Your gift card is ready.", c)).toMatchObject({ status: "fail", evidence: ["A gift for you. Your gift card is…"] });
  });

  it("need the phrase's last word: the first word followed by another word is not the phrase", () => {
    expect(check("A gift box for you.", gifts(["gift card"]))).toMatchObject({ status: "fail", evidence: ["A gift box for you."] });
  });

  it("may be one word, allowed wherever it appears", () => {
    expect(check("Use your gift-card at checkout.", gifts(["gift-card"])).status).toBe("pass");
  });

  it("are read without the spaces around them", () => {
    expect(check("Your gift card is ready.", gifts([" gift card "])).status).toBe("pass");
  });

  it("may hold brackets and full stops, read as written", () => {
    const c = gifts(["gift card (digital)", "gift co."]);
    expect(check("Your gift card (digital) is ready.", c)).toMatchObject({ status: "pass", message: "No term restricted by legal_v9 appears in the copy." });
    expect(check("Ask the gift co. for a voucher.", c).status).toBe("pass");
    expect(check("Ask the gift cox for a voucher.", c)).toMatchObject({ status: "fail", evidence: ["Ask the gift cox for a voucher."] });
  });
});
