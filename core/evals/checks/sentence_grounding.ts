import type { Check, CheckContext } from "../types.ts";
import { analyseSentence } from "../nlp.ts";
import { compileRules, cueMatches, type ClaimKindMatcher, type CompiledRules } from "../grounding-rules.ts";
import { approvedTexts, clauseAround, copySentences, likelyIntent, quoteSentence as quote, type ApprovedText, type CopySentence } from "../sentences.ts";
import { misplacedNumbers } from "../anchored-numbers.ts";
import { KNOWN_INTEGRATIONS } from "../features.ts";
import { termPattern } from "../text.ts";
import { isAllowedDate, namedDates } from "../dates.ts";

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

/** Names the copy may use without making a customer claim: the product, plans, integrations, competitors (their own check). */
function knownNames(ctx: CheckContext, rules: CompiledRules, texts: ApprovedText[]): string {
  const legalTerms = ctx.policies.legal.restrictions.flatMap((r) => r.banned_terms ?? []);
  return [ctx.policies.brand.product_name.canonical, ...rules.plans, ...KNOWN_INTEGRATIONS, ...legalTerms, ...texts.map((t) => t.text)].join("\n").toLowerCase();
}

const CAPITALISED_ANYWAY = ["i", "i'm", "i've", "i'll", "i'd", "p.s", "ps", "hi", "hello", "dear", "thanks", "ok", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "utc", "upgrade", "your", "you", "the", "keep", "code"];

const COMPANY_SUFFIX = /\b(?:Inc|Corp|Co|LLC|Ltd|GmbH|Group|Labs|Holdings|Partners|Industries|Logistics|Health|Bank|Systems|Technologies|Capital|Ventures|Analytics|Software|Foods|Retail|Media)\b\.?$/;

/**
 * The company a name the tagger read as an organisation stands for, or null. The tagger reads
 * "Friday's board" as a company: only a name with a company suffix counts, or a proper name of two or
 * more capitalised words (some joined by "&": "Procter & Gamble"), read from its first capitalised
 * word to the last one in a row ("Acme Blue data teams" names "Acme Blue"; the tagger ends "Wells
 * Fargo & Co" at the "&"). Plurals joined by "&" ("Reports & Alerts", "Terms & Conditions") are a
 * heading, not a company.
 */
function companyName(organization: string): string | null {
  const name = organization.replace(/['’]s$/, "");
  if (/['’]s\b/.test(name)) return null;
  if (COMPANY_SUFFIX.test(name)) return name;
  const proper = /[A-Z][\w&.-]*(?:\s+(?:&\s+)?[A-Z][\w&.-]*)+/.exec(name)?.[0];
  if (!proper) return null;
  const words = proper.split(/\s+/).filter((w) => w !== "&");
  return /\s&\s/.test(proper) && words.every((w) => w.endsWith("s")) ? null : proper;
}

const insideAllowed = (kind: ClaimKindMatcher, sentence: string, word: string) =>
  kind.allowed.some((p) => [...sentence.matchAll(new RegExp(p.source, "gi"))].some((m) => m[0].toLowerCase().includes(word.toLowerCase())));

/** The tagger's findings that count as cues of a kind the rules define. */
function taggedCues(kind: ClaimKindMatcher, sentence: string, known: string, knownWords: ReadonlySet<string>): string[] {
  const analysis = analyseSentence(sentence, knownWords);
  if (kind.id === "comparison") return analysis.comparisons.filter((c) => !insideAllowed(kind, sentence, c));
  if (kind.id === "customer") {
    // A person named beside a quotation is a testimonial; a person alone may be the sender signing off.
    const testimonial = /["“”]|\b(?:says|said|told us|according to)\b/i.test(sentence);
    const people = testimonial ? analysis.people : [];
    const organizations = analysis.organizations.map(companyName).filter((o): o is string => o !== null);
    return [...organizations, ...people].filter((n) => !known.includes(n.toLowerCase()));
  }
  if (kind.id === "promise") return analysis.negated.filter((n) => /\b(?:fees?|charges?|costs?|contracts?|commitments?|credit cards?|catch|strings)\b/i.test(n));
  return [];
}

function flagsIn(s: CopySentence, p: Prepared): GroundingFlag[] {
  const { rules, texts, known, knownWords } = p;
  const supporting = texts.filter((t) => t.supports);
  const approvedWords = supporting.map((t) => t.text).join("\n");
  // A deadline counts for the clause that names it: "Offers like this don't come around often: code
  // TEAM20 … until December 31" still invents scarcity before the colon.
  const namesDeadline = (clause: string) => namedDates(clause).some((d) => isAllowedDate(d, p.allowedDates));
  const flags: GroundingFlag[] = [];
  for (const kind of rules.kinds) {
    const tagged = taggedCues(kind, s.text, known, knownWords).map((text) => ({ text, index: Math.max(0, s.text.indexOf(text)) }));
    const unsupported = [...cueMatches(kind, s.text), ...tagged].find(
      (cue) => !termPattern(cue.text).test(approvedWords) && !(kind.allowedWithDeadline && namesDeadline(clauseAround(s.text, cue.index))),
    );
    if (unsupported) {
      const intent = likelyIntent(clauseAround(s.text, unsupported.index), texts);
      flags.push({ field: s.field, sentence: s.text, kind: kind.label, cue: unsupported.text, intent });
    }
  }
  for (const n of misplacedNumbers(s.text, texts)) {
    flags.push({ field: s.field, sentence: s.text, kind: `number from another input (${n.about.source})`, cue: n.mention, intent: n.intent });
  }
  return flags;
}

interface Prepared {
  rules: CompiledRules;
  /** Single words of the known names, and words every sentence may capitalise (days, months). */
  knownWords: ReadonlySet<string>;
  allowedDates: string[];
  texts: ApprovedText[];
  known: string;
  /** Flags by sentence: a suite checks the same sentences in case after case. */
  seen: Map<string, GroundingFlag[]>;
}

/** Per approved-input set (the same brief, policies and audience data give the same judgement). */
const prepared = new Map<string, Prepared>();

function prepare(ctx: CheckContext, rules: CompiledRules): Prepared {
  const texts = approvedTexts(ctx);
  // The key holds what knownNames reads besides the texts (the product name and legal's banned terms;
  // the plans come with the rules): a context with the same texts but another product name or legal
  // policy must not reuse another's names, which are only built on a miss. JSON keeps the parts apart.
  const key = JSON.stringify([
    rules.version,
    ctx.brief.allowed_dates,
    ctx.policies.brand.product_name.canonical,
    ctx.policies.legal.restrictions.flatMap((r) => r.banned_terms ?? []),
    texts.map((t) => [t.source, t.text, t.supports]),
  ]);
  const hit = prepared.get(key);
  if (hit && hit.rules === rules) return hit;
  if (prepared.size > 2000) prepared.clear();
  const known = knownNames(ctx, rules, texts);
  const knownWords = new Set([...(known.match(/[a-z][\w&'’-]*/g) ?? []), ...CAPITALISED_ANYWAY]);
  const made = { rules, allowedDates: ctx.brief.allowed_dates, texts, known, knownWords, seen: new Map<string, GroundingFlag[]>() };
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
      flags = flagsIn(s, p);
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
