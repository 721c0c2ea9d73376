/** The grounding rules (policies/grounding) compiled once per loaded version into matchers. */
import { InputError } from "../errors.ts";
import type { GroundingClaimKind, GroundingRules } from "../model/index.ts";
import { findAll, termPattern, type Match } from "./text.ts";
import { memoByText } from "./memo.ts";

export interface ClaimKindMatcher {
  id: string;
  label: string;
  cues: RegExp[];
  allowed: RegExp[];
  paired?: { topic: RegExp[]; cue: RegExp[] };
  allowedWithDeadline: boolean;
}

export interface CompiledRules {
  version: string;
  plans: string[];
  kinds: ClaimKindMatcher[];
  synonyms: Map<string, string[]>;
  selfReference: RegExp[];
}

const compiled = new WeakMap<GroundingRules, CompiledRules>();

function regex(pattern: string, where: string, version: string): RegExp {
  try {
    return new RegExp(pattern, "gim");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(`grounding rule ${where} does not compile (${reason})`, { file: `policies/grounding/${version}.yaml`, field: where, hint: "fix the regular expression; copygate validate names its line" });
  }
}

/** A phrase is word-bounded, case-insensitive, and finds its plural and verb forms. */
function phrase(text: string, inflect = /^[a-z][a-z' -]*$/i.test(text)): RegExp {
  const pattern = termPattern(text, { inflect });
  // Copy often carries typographic apostrophes: "won’t" is "won't".
  return new RegExp(pattern.source.replace(/'/g, "['’]"), pattern.flags);
}

/**
 * All phrases of a list as one alternation: a sentence is scanned once per list, not once per
 * phrase (the suite checks thousands of sentences). Longer phrases first, so "no setup fee" wins
 * over a shorter phrase at the same place.
 */
function phrases(list: string[] | undefined, inflect?: boolean): RegExp[] {
  if (!list || list.length === 0) return [];
  const sources = [...list].sort((a, b) => b.length - a.length).map((p) => phrase(p, inflect ?? /^[a-z][a-z' -]*$/i.test(p)).source);
  return [new RegExp(sources.map((src) => `(?:${src})`).join("|"), "gi")];
}

function kindMatcher(kind: GroundingClaimKind, i: number, version: string): ClaimKindMatcher {
  return {
    id: kind.id,
    label: kind.label,
    cues: [...phrases(kind.phrases), ...(kind.patterns ?? []).map((p, j) => regex(p, `claim_kinds[${i}].patterns[${j}]`, version))],
    allowed: (kind.allowed ?? []).map((a) => phrase(a, false)),
    allowedWithDeadline: kind.allowed_with_deadline === true,
    ...(kind.paired ? { paired: { topic: phrases(kind.paired.topic), cue: phrases(kind.paired.cue) } } : {}),
  };
}

export function compileRules(rules: GroundingRules): CompiledRules {
  const cached = compiled.get(rules);
  if (cached) return cached;
  const synonyms = new Map<string, string[]>();
  for (const entry of rules.restricted_synonyms ?? []) synonyms.set(entry.restriction, [...(synonyms.get(entry.restriction) ?? []), ...entry.terms]);
  const result: CompiledRules = {
    version: rules.version,
    plans: rules.plans ?? [],
    kinds: (rules.claim_kinds ?? []).map((k, i) => kindMatcher(k, i, rules.version)),
    synonyms,
    selfReference: [
      ...phrases(rules.self_reference?.phrases, false),
      ...(rules.self_reference?.patterns ?? []).map((p, j) => regex(p, `self_reference.patterns[${j}]`, rules.version)),
    ],
  };
  compiled.set(rules, result);
  return result;
}

/** Clauses of a sentence: a paired cue counts only when both of its parts are in one of them. */
function clausesOf(sentence: string): { text: string; offset: number }[] {
  const parts: { text: string; offset: number }[] = [];
  let offset = 0;
  for (const piece of sentence.split(/([;:—–]|,\s*(?:and|but|so|while)\b)/)) {
    if (!/^(?:[;:—–]|,\s*(?:and|but|so|while))$/.test(piece)) parts.push({ text: piece, offset });
    offset += piece.length;
  }
  return parts;
}

function pairedMatches(kind: ClaimKindMatcher, sentence: string): Match[] {
  const paired = kind.paired;
  if (!paired) return [];
  return clausesOf(sentence).flatMap((clause) => {
    const topic = paired.topic.flatMap((p) => findAll(p, clause.text))[0];
    const cue = paired.cue.flatMap((p) => findAll(p, clause.text))[0];
    return topic && cue ? [{ text: `${topic.text} … ${cue.text}`, index: clause.offset + cue.index }] : [];
  });
}

/**
 * Sentences recur (a footer, a call to action, the same phrasing across cases and across checks):
 * matches are kept per compiled kind and sentence, up to a bound, so each is scanned once a run.
 */
const memos = new WeakMap<ClaimKindMatcher, (sentence: string) => readonly Match[]>();

/** Cue matches of one kind in a sentence, leaving out those inside an allowed phrase. */
export function cueMatches(kind: ClaimKindMatcher, sentence: string): readonly Match[] {
  let memo = memos.get(kind);
  if (!memo) memos.set(kind, (memo = memoByText((text) => scanCues(kind, text))));
  return memo(sentence);
}

function scanCues(kind: ClaimKindMatcher, sentence: string): Match[] {
  const allowed = kind.allowed.flatMap((p) => findAll(p, sentence));
  const inside = (m: Match) => allowed.some((a) => m.index >= a.index && m.index < a.index + a.text.length);
  return [...kind.cues.flatMap((p) => findAll(p, sentence)), ...pairedMatches(kind, sentence)].filter((m) => !inside(m));
}
