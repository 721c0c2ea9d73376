/**
 * Hostile copy: drafts that try to slip a word, a link or a hidden character past the checks. Each
 * case names every check it must fail and the exact message; every other check must pass.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { CheckContext } from "../../core/evals/index.ts";
import { runChecks } from "../../core/evals/index.ts";
import { cleanEmailDraft, emailBody, exampleCampaignContext } from "../../core/evals/testing.ts";

const GUARANTEE = 'The copy uses "guarantee" and "guaranteed", restricted by legal_v9 (No guarantee language); remove or rephrase it.';
const TABLEAU = "The copy names a competitor (Tableau); legal_v9 allows no comparison with competitors, so remove it.";
const hidden = (n: number, codes: string) =>
  `The copy contains ${n} invisible or direction-changing character${n === 1 ? "" : "s"} (${codes}) in email_body; an email has no use for them and they hide words from reviewers, so retype the text.`;
const stray = (url: string) =>
  `The copy links to "${url}", which is neither the brief's cta_url nor on the cta_url's host app.lumora.example (legal_v9 lists no allowed_domains); remove it.`;

interface HostileCase {
  name: string;
  draft: Record<string, unknown>;
  fails: Record<string, string>;
}

const body = (middle: string) => ({ email_body: emailBody(middle) });

const CASES: HostileCase[] = [
  {
    name: "a zero-width space inside a guarantee",
    draft: body("Results guaran\u200bteed within a week."),
    fails: { restricted_terms: GUARANTEE, invisible_characters: hidden(1, "U+200B zero-width space") },
  },
  {
    name: "a next-line control (U+0085) joining a guarantee to the next word",
    draft: body("Results guaranteed\u0085within a week."),
    fails: { restricted_terms: GUARANTEE, invisible_characters: hidden(1, "U+0085 next line") },
  },
  {
    name: "a soft hyphen inside a competitor",
    draft: body("Moving from Tab\u00adleau takes an afternoon."),
    fails: { competitor_names: TABLEAU, invisible_characters: hidden(1, "U+00AD soft hyphen") },
  },
  {
    name: "a word joiner and a zero-width joiner inside a banned word",
    draft: body("A revo\u2060lution\u200dary way to share dashboards."),
    fails: {
      brand_words: 'The copy uses "revolutionary", banned by brand_v6; say what the product does instead.',
      invisible_characters: hidden(2, "U+2060 word joiner, U+200D zero-width joiner"),
    },
  },
  {
    name: "Cyrillic look-alike letters in a competitor",
    draft: body("Faster than \u0422\u0430bleau for your whole team."),
    fails: {
      competitor_names: TABLEAU,
      invisible_characters:
        'The copy contains a word mixing Latin with look-alike letters ("\u0422\u0430bleau": U+0422, U+0430) in email_body; an email has no use for them and they hide words from reviewers, so retype the text.',
      // The comparison itself is also unsupported, seen through the look-alikes.
      sentence_grounding:
        '"Faster than Tableau for your whole team." — comparison or superlative ("Faster than") without approved support; closest approved text: "On the Team plan, dashboards can be shared with unlimited viewers." (approved claim unlimited_viewers). A reviewer must confirm or rewrite it.',
    },
  },
  {
    name: "a Cyrillic I in a certification",
    draft: body("Lumora is \u0406SO 27001 ready."),
    fails: {
      restricted_terms:
        'The copy uses "ISO 27001", restricted by legal_v9 (No security, compliance or certification claims unless an approved claim states them); remove or rephrase it.',
      invisible_characters:
        'The copy contains a word mixing Latin with look-alike letters ("\u0406SO": U+0406) in email_body; an email has no use for them and they hide words from reviewers, so retype the text.',
    },
  },
  {
    name: "a right-to-left override that shows reversed text",
    draft: body("Your trial ends in 3 days. \u202Eeerf si sihT"),
    fails: { invisible_characters: hidden(1, "U+202E right-to-left override") },
  },
  {
    name: "full-width exclamation marks in the body",
    draft: body("Your trial ends in 3 days\uFF01 Keep everything you built\uFF01"),
    fails: { exclamation_limits: "The body has 2 exclamation marks; brand_v6 allows at most 1, so turn the rest into full stops." },
  },
  {
    name: "a double exclamation mark character",
    draft: body("Your trial ends in 3 days\u203C"),
    fails: { exclamation_limits: "The body has 2 exclamation marks; brand_v6 allows at most 1, so turn the rest into full stops." },
  },
  {
    name: "a full-width exclamation mark in a subject line",
    draft: { subject_lines: ["Your trial ends in 3 days\uFF01", "Keep everything you built", "Upgrade and keep your dashboards"] },
    fails: { subject_length: "Subject line 1 has an exclamation mark; shorten or reword it." },
  },
  {
    name: "the product name in full-width capitals",
    draft: body("\uFF2C\uFF35\uFF2D\uFF2F\uFF32\uFF21 keeps every dashboard."),
    fails: { product_name: 'The copy writes the product name as "LUMORA"; always write "Lumora".' },
  },
  {
    name: "mathematical bold letters spelling free",
    draft: body("Keep reports \u{1D41F}\u{1D42B}\u{1D41E}\u{1D41E} for a year."),
    fails: { restricted_terms: 'The copy uses "free", restricted by legal_v9 ("Free" only in "free trial"); remove or rephrase it.' },
  },
  {
    name: "a phishing link",
    draft: body("Confirm your plan at https://lumora-billing.example.net/verify before it ends."),
    fails: { links: stray("https://lumora-billing.example.net/verify") },
  },
  {
    name: "an allowed domain used as user name before another host",
    draft: body("See https://app.lumora.example@evil.example/x for details."),
    fails: {
      links: stray("https://app.lumora.example@evil.example/x"),
      // user@host reads as an email address too: flagged as personal data, masked.
      personal_data: "The copy contains personal data: email address (a…@e…); remove it (a reply goes to the sender address, and personal details come from the platform's merge fields at send time).",
    },
  },
  {
    name: "an allowed domain as a prefix of another host",
    draft: body("See https://lumora.example.evil.example/plans for details."),
    fails: { links: stray("https://lumora.example.evil.example/plans") },
  },
  {
    name: "a bare domain with a path and no scheme",
    draft: body("See billing-help.example.net/verify for details."),
    fails: { links: stray("billing-help.example.net/verify") },
  },
  {
    name: "a look-alike host in a link",
    draft: body("See https://app.lum\u043Era.example.net/plans for details."),
    fails: {
      links: stray("https://app.lumora.example.net/plans"),
      invisible_characters:
        'The copy contains a word mixing Latin with look-alike letters ("lum\u043Era": U+043E) in email_body; an email has no use for them and they hide words from reviewers, so retype the text.',
    },
  },
  {
    name: "a request for a password",
    draft: body("Reply with your password so we can move your dashboards."),
    fails: { links: 'The copy asks the reader for "password", which marketing email never does; remove it.' },
  },
  {
    name: "a request to verify an account",
    draft: body("Please verify your account before the trial ends."),
    fails: { links: 'The copy asks the reader for "verify your account", which marketing email never does; remove it.' },
  },
];

/** Drafts that look unusual but are fine: they must pass every check. */
const CLEAN: { name: string; draft: Record<string, unknown> }[] = [
  { name: "an emoji family joined by zero-width joiners", draft: body("Your Team trial ends in 3 days \u{1F468}\u200D\u{1F469}\u200D\u{1F467}. Upgrading keeps every dashboard, query and alert created during the trial.") },
  { name: "a heart with its emoji variation selector", draft: body("Your Team trial ends in 3 days \u2764\uFE0F. Upgrading keeps every dashboard, query and alert created during the trial.") },
  { name: "a link to an allowed subdomain", draft: body("Your Team trial ends in 3 days. Manage your settings at https://app.lumora.example/preferences.") },
  { name: "the brief's cta_url", draft: body("Your Team trial ends in 3 days. Upgrade at https://app.lumora.example/billing/upgrade?code=TEAM20 to keep it all.") },
  { name: "an accented word and typographic quotes", draft: body("Your Team trial ends in 3 days. Your caf\u00E9 team\u2019s \u201Cweekly\u201D dashboard stays.") },
];

describe("hostile copy", () => {
  let ctx: CheckContext;
  beforeAll(async () => {
    ({ ctx } = await exampleCampaignContext());
  });

  for (const c of CASES) {
    it(`fails ${c.name}`, () => {
      const report = runChecks(cleanEmailDraft(c.draft), ctx);
      const failing = Object.fromEntries(report.checks.filter((r) => r.status !== "pass" && r.status !== "skipped").map((r) => [r.id, r.message]));
      expect(failing).toEqual(c.fails);
      expect(report.verdict).toBe("fail");
    });
  }

  for (const c of CLEAN) {
    it(`passes ${c.name}`, () => {
      const report = runChecks(cleanEmailDraft(c.draft), ctx);
      expect(report.checks.filter((r) => r.status !== "pass").map((r) => `${r.id}: ${r.message}`)).toEqual([]);
    });
  }

  it("allows the domains a legal policy lists, subdomains included, and nothing else", () => {
    const allowlist = { id: "links_allowlist", rule: "Links only to our domains.", allowed_domains: ["lumora.example"] };
    const withList: CheckContext = { ...ctx, policies: { ...ctx.policies, legal: { ...ctx.policies.legal, restrictions: [...ctx.policies.legal.restrictions, allowlist] } } };
    const help = runChecks(cleanEmailDraft(body("Your Team trial ends in 3 days. Questions? https://help.lumora.example/trials")), withList);
    expect(help.checks.find((r) => r.id === "links")?.status).toBe("pass");
    const phishing = runChecks(cleanEmailDraft(body("Your Team trial ends in 3 days. Confirm at https://lumora-billing.example.net/verify")), withList);
    expect(phishing.checks.find((r) => r.id === "links")?.message).toBe(
      'The copy links to "https://lumora-billing.example.net/verify", which is neither the brief\'s cta_url nor on the allowed domains of legal_v9 (lumora.example); remove it.',
    );
  });

  it("allows no subdomain of the cta_url's host when the policy lists no domains", () => {
    const report = runChecks(cleanEmailDraft(body("Your Team trial ends in 3 days. Questions? https://help.app.lumora.example/x")), ctx);
    expect(report.checks.find((r) => r.id === "links")?.status).toBe("fail");
  });

  it("reads the brief's call to action like the copy, accents and all", () => {
    const accented: CheckContext = { ...ctx, brief: { ...ctx.brief, cta_text: "Passer \u00E0 Team" } };
    const draft = cleanEmailDraft({ cta_text: "Passer \u00E0 Team", email_body: emailBody("Your Team trial ends in 3 days. Upgrading keeps every dashboard, query and alert created during the trial.").replace("Upgrade to Team", "Passer \u00E0 Team") });
    expect(runChecks(draft, accented).checks.find((r) => r.id === "single_cta")?.status).toBe("pass");
  });

  it("shows the hidden characters in the evidence, so a reviewer sees where they are", () => {
    const report = runChecks(cleanEmailDraft(body("Results guaran\u200bteed within a week.")), ctx);
    expect(report.checks.find((r) => r.id === "invisible_characters")?.evidence).toEqual(["email_body: Hi, Results guaran⟨U+200B⟩teed within a week.…"]);
  });
});
