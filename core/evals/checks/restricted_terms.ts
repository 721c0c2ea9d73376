import type { LegalRestriction } from "../../model/index.ts";
import type { Check, CheckContext } from "../types.ts";
import { escapeRegExp, excerpt, findAll, publishableText, quoted, termPattern, unique } from "../text.ts";
import { briefClaimTexts } from "../claims.ts";
import { compileRules } from "../grounding-rules.ts";

/** Competitor names have their own check, with the case rules that names like "Mode" need. */
export const COMPETITOR_RESTRICTION_ID = "no_competitors";

/** Idioms that contain a restricted word but make no claim ("feel free to reply"). */
const IDIOMS = [/\bfeel free\b/gi];

/** "free trial" also allows a hyphen ("free-trial", an ad path) or a word or two between ("free 14-day trial"). */
function allowedPhrasePattern(phrase: string): RegExp {
  const words = phrase.trim().split(/\s+/);
  const first = words[0] ?? "";
  const last = words[words.length - 1] ?? "";
  // The words are escaped and bounded like termPattern's: a phrase may hold "(", "." or "+".
  return words.length < 2
    ? termPattern(phrase)
    : new RegExp(`(?<![\\w])${escapeRegExp(first)}(?:[\\s-]+[\\w-]+){0,2}?[\\s-]+${escapeRegExp(last)}s?(?![\\w])`, "gi");
}

function isLowerWord(term: string): boolean {
  return /^[a-z][a-z-]*$/.test(term);
}

interface TermHit {
  term: string;
  rule: string;
  evidence: string;
}

/** Compiled once per term: with the grounding rules' synonyms a draft meets some 80 terms. */
const compiledTerms = new Map<string, { exact: RegExp; inflected: RegExp }>();

function patternsFor(term: string): { exact: RegExp; inflected: RegExp } {
  let hit = compiledTerms.get(term);
  if (!hit) {
    // `exact` is only used with .test, so it must not be global (a global regex keeps lastIndex).
    hit = { exact: new RegExp(termPattern(term).source, "i"), inflected: termPattern(term, { inflect: isLowerWord(term) }) };
    compiledTerms.set(term, hit);
  }
  return hit;
}

function hitsFor(restriction: LegalRestriction, text: string, approvedClaimText: string, synonyms: string[] = []): TermHit[] {
  const allowed = [...(restriction.allowed_phrases ?? []).map(allowedPhrasePattern), ...IDIOMS].flatMap((p) => findAll(p, text));
  const inside = (index: number) => allowed.some((a) => index >= a.index && index < a.index + a.text.length);
  const hits: TermHit[] = [];
  for (const term of [...(restriction.banned_terms ?? []), ...synonyms]) {
    // A restricted term an approved claim of this brief states is sayable (legal_v9).
    const patterns = patternsFor(term);
    if (patterns.exact.test(approvedClaimText)) continue;
    for (const match of findAll(patterns.inflected, text)) {
      if (!inside(match.index)) hits.push({ term, rule: restriction.rule, evidence: excerpt(text, match.index, match.text.length) });
    }
  }
  return hits;
}

export function restrictedTermHits(draft: Record<string, unknown>, ctx: CheckContext): TermHit[] {
  const text = publishableText(draft);
  const claimText = briefClaimTexts(ctx).join("\n");
  // The grounding rules add words for the same restriction ("money-back" for a guarantee).
  const synonyms = ctx.policies.grounding ? compileRules(ctx.policies.grounding).synonyms : new Map<string, string[]>();
  return ctx.policies.legal.restrictions
    .filter((r) => r.id !== COMPETITOR_RESTRICTION_ID)
    .flatMap((r) => hitsFor(r, text, claimText, synonyms.get(r.id)));
}

/** Legal's banned terms: guarantees, "free" outside "free trial", security and compliance claims. */
export const restrictedTerms: Check = {
  label: "Restricted terms",
  owner: "legal",
  channels: "all",
  run(draft, ctx) {
    const hits = restrictedTermHits(draft, ctx);
    if (hits.length === 0) {
      return { status: "pass", message: `No term restricted by ${ctx.policies.legal.version} appears in the copy.` };
    }
    const first = hits[0] as TermHit;
    const terms = quoted(unique(hits.map((h) => h.term)));
    return {
      status: "fail",
      message: `The copy uses ${terms}, restricted by ${ctx.policies.legal.version} (${first.rule.replace(/\.$/, "")}); remove or rephrase it.`,
      evidence: unique(hits.map((h) => h.evidence)),
    };
  },
};
