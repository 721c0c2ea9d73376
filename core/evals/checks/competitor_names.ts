import type { Check, CheckContext } from "../types.ts";
import { escapeRegExp, excerpt, humanList, publishableText, unique } from "../text.ts";
import { COMPETITOR_RESTRICTION_ID } from "./restricted_terms.ts";

/**
 * Competitor names that are also ordinary words: "mode" (presentation mode) and "sigma" are
 * everyday copy, so only a capitalized use that reads as a company counts.
 */
const ORDINARY_WORD_NAMES = new Set(["mode", "sigma"]);

/** Words that put a name in a competitor context: a comparison, a switch, another BI tool. */
const BI_CONTEXT = /\b(BI|switch\w*|migrat\w*|compar\w*|than|vs\.?|versus|unlike|alternatives?|instead of|moving from|coming from|Tableau|Looker|Power BI|Metabase)\b/i;

function competitorNames(ctx: CheckContext): string[] {
  // A name as legal typed it, spaces around it dropped: "Tableau " would otherwise need a space after it.
  const names = ctx.policies.legal.restrictions.find((r) => r.id === COMPETITOR_RESTRICTION_ID)?.banned_terms ?? [];
  return names.map((n) => n.trim()).filter(Boolean);
}

/** Names match as written or in capitals, never lower-cased: "looker" and "mode" are words. */
function namePattern(name: string): RegExp {
  const forms = unique([name, name.toUpperCase()]).map((f) => f.split(/\s+/).map(escapeRegExp).join("\\s+"));
  return new RegExp(`(?<![\\w.@/])(?:${forms.join("|")})(?![\\w])`, "g");
}

function sentenceAround(text: string, index: number): { sentence: string; offset: number } {
  const before = text.slice(0, index);
  const start = Math.max(before.search(/[^.!?\n]*$/), 0);
  const endMatch = /[.!?\n]/.exec(text.slice(index));
  const end = endMatch ? index + endMatch.index : text.length;
  return { sentence: text.slice(start, end), offset: index - start };
}

/** For an ordinary-word name: a company mid-sentence, or at a sentence start in BI context. */
function readsAsCompany(text: string, index: number, name: string): boolean {
  const { sentence, offset } = sentenceAround(text, index);
  const lead = sentence.slice(0, offset);
  if (lead.trim() === "" || /[:"“(]\s*$/.test(lead)) return BI_CONTEXT.test(sentence.replace(name, ""));
  // "Presentation Mode", "Dark Mode": a title-case feature name, not the company.
  if (/\b[A-Z][a-z]+\s$/.test(lead)) return BI_CONTEXT.test(sentence.replace(name, ""));
  return true;
}

export const competitorNamesCheck: Check = {
  label: "Competitor names",
  owner: "legal",
  channels: "all",
  run(draft, ctx) {
    const text = publishableText(draft);
    const hits: { name: string; evidence: string }[] = [];
    for (const name of competitorNames(ctx)) {
      for (const match of text.matchAll(namePattern(name))) {
        const index = match.index ?? 0;
        if (ORDINARY_WORD_NAMES.has(name.toLowerCase()) && !readsAsCompany(text, index, match[0])) continue;
        hits.push({ name, evidence: excerpt(text, index, match[0].length) });
      }
    }
    if (hits.length === 0) return { status: "pass", message: "No competitor is named." };
    return {
      status: "fail",
      message: `The copy names a competitor (${humanList(unique(hits.map((h) => h.name)))}); ${ctx.policies.legal.version} allows no comparison with competitors, so remove it.`,
      evidence: unique(hits.map((h) => h.evidence)),
    };
  },
};
