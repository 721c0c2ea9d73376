import type { Check, CheckContext } from "../types.ts";
import { analyseSentence } from "../nlp.ts";
import { compileRules, cueMatches, type ClaimKindMatcher, type CompiledRules } from "../grounding-rules.ts";
import { approvedTexts, clauseAround, copySentences, likelyIntent, quoteSentence as quote, rankApproved, type ApprovedText, type CopySentence } from "../sentences.ts";
import { misplacedNumbers } from "../anchored-numbers.ts";
import { KNOWN_INTEGRATIONS } from "../features.ts";
import { termPattern } from "../text.ts";

export interface GroundingFlag {
  field: string;
  sentence: string;
  /** The kind of claim, as the rules name it ("customer reference", "comparison or superlative"). */
  kind: string;
  /** The words that make it a claim. */
  cue: string;
  /** The approved text the sentence most likely meant. */
  intent?: ApprovedText;
}

/** A sentence this close to one approved text restates it; its cues are that text's own words. */
const RESTATES = 0.85;

/** Names the copy may use without making a customer claim: the product, plans, integrations, competitors (their own check). */
function knownNames(ctx: CheckContext, rules: CompiledRules, texts: ApprovedText[]): string {
  const legalTerms = ctx.policies.legal.restrictions.flatMap((r) => r.banned_terms ?? []);
  return [ctx.policies.brand.product_name.canonical, ...rules.plans, ...KNOWN_INTEGRATIONS, ...legalTerms, ...texts.map((t) => t.text)].join("\n").toLowerCase();
}

const insideAllowed = (kind: ClaimKindMatcher, sentence: string, word: string) =>
  kind.allowed.some((p) => [...sentence.matchAll(new RegExp(p.source, "gi"))].some((m) => m[0].toLowerCase().includes(word.toLowerCase())));

/** The tagger's findings that count as cues of a kind the rules define. */
function taggedCues(kind: ClaimKindMatcher, sentence: string, known: string): string[] {
  const analysis = analyseSentence(sentence);
  if (kind.id === "comparison") return analysis.comparisons.filter((c) => !insideAllowed(kind, sentence, c));
  if (kind.id === "customer") {
    // A person named beside a quotation is a testimonial; a person alone may be the sender signing off.
    const testimonial = /["“”]|\b(?:says|said|told us|according to)\b/i.test(sentence);
    return analysis.names.filter((n) => !known.includes(n.toLowerCase()) && (testimonial || !/^[A-Z][a-z]+$/.test(n)));
  }
  if (kind.id === "promise") return analysis.negated.filter((n) => /\b(?:fees?|charges?|costs?|contracts?|commitments?|credit cards?|catch|strings)\b/i.test(n));
  return [];
}

function flagsIn(s: CopySentence, rules: CompiledRules, texts: ApprovedText[], known: string): GroundingFlag[] {
  const supporting = texts.filter((t) => t.supports);
  const best = rankApproved(s.text, supporting)[0];
  if (best && best.coverage >= RESTATES) return [];
  const approvedWords = supporting.map((t) => t.text).join("\n");
  const flags: GroundingFlag[] = [];
  for (const kind of rules.kinds) {
    const cues = [...cueMatches(kind, s.text).map((m) => m.text), ...taggedCues(kind, s.text, known)];
    const unsupported = cues.find((cue) => !termPattern(cue).test(approvedWords));
    if (unsupported) {
      const clause = clauseAround(s.text, Math.max(0, s.text.indexOf(unsupported)));
      flags.push({ field: s.field, sentence: s.text, kind: kind.label, cue: unsupported, intent: likelyIntent(clause, texts) });
    }
  }
  for (const n of misplacedNumbers(s.text, texts)) {
    flags.push({ field: s.field, sentence: s.text, kind: `number from another input (${n.about.source})`, cue: n.mention, intent: n.intent });
  }
  return flags;
}

interface Prepared {
  rules: CompiledRules;
  texts: ApprovedText[];
  known: string;
  /** Flags by sentence: a suite checks the same sentences in case after case. */
  seen: Map<string, GroundingFlag[]>;
}

/** Per approved-input set (the same brief, policies and audience data give the same judgement). */
const prepared = new Map<string, Prepared>();

function prepare(ctx: CheckContext, rules: CompiledRules): Prepared {
  const texts = approvedTexts(ctx);
  const key = `${rules.version}\u0000${texts.map((t) => `${t.source}\u0001${t.text}\u0001${t.supports}`).join("\u0000")}`;
  const hit = prepared.get(key);
  if (hit && hit.rules === rules) return hit;
  if (prepared.size > 200) prepared.clear();
  const made = { rules, texts, known: knownNames(ctx, rules, texts), seen: new Map<string, GroundingFlag[]>() };
  prepared.set(key, made);
  return made;
}

export function groundingFlags(draft: Record<string, unknown>, ctx: CheckContext): GroundingFlag[] {
  if (!ctx.policies.grounding) return [];
  const p = prepare(ctx, compileRules(ctx.policies.grounding));
  return copySentences(draft).flatMap((s) => {
    const key = `${s.field}\u0000${s.text}`;
    let flags = p.seen.get(key);
    if (!flags) {
      flags = flagsIn(s, p.rules, p.texts, p.known);
      if (p.seen.size > 5000) p.seen.clear();
      p.seen.set(key, flags);
    }
    return flags;
  });
}


function intentText(flag: GroundingFlag): string {
  return flag.intent ? `closest approved text: "${flag.intent.text}" (${flag.intent.source})` : "no approved text is close";
}

/** One line per flagged sentence: where, the sentence, the kind of claim and its words, the likely intent. */
export function describeFlag(flag: GroundingFlag): string {
  return `${flag.field}: ${quote(flag.sentence)} — ${flag.kind} ("${flag.cue}") without approved support; ${intentText(flag)}`;
}

/** Every claim-bearing sentence rests on an approved claim, the offer, the brief or the footer. */
export const sentenceGrounding: Check = {
  label: "Sentence grounding",
  owner: "claims",
  channels: "all",
  run(draft, ctx) {
    if (!ctx.policies.grounding) return { status: "skipped", message: "No approved grounding rules (policies/grounding/grounding_vN.yaml): sentences were not checked." };
    const flags = groundingFlags(draft, ctx);
    const version = ctx.policies.grounding.version;
    if (flags.length === 0) return { status: "pass", message: `Every claim-bearing sentence rests on an approved input (${version}).` };
    const first = flags[0] as GroundingFlag;
    const more = flags.length > 1 ? ` (and ${flags.length - 1} more)` : "";
    return {
      status: "warn",
      message: `${quote(first.sentence)} — ${first.kind} ("${first.cue}") without approved support; ${intentText(first)}${more}. A reviewer must confirm or rewrite it.`,
      evidence: flags.map(describeFlag),
    };
  },
};
