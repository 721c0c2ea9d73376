/**
 * Copy as sentences, and the approved inputs a sentence can rest on. A sentence is "about" the
 * approved text it shares the most content words with; that is the claim it is held to.
 */
import type { CheckContext } from "./types.ts";
import { briefClaims, registryOnlyClaims } from "./claims.ts";
import { splitSentences } from "./nlp.ts";
import { publishableSegments } from "./text.ts";
import { redactPersonalData } from "./personal-data.ts";

export interface CopySentence {
  /** Where the sentence sits, e.g. "subject_lines[0]", "email_body". */
  field: string;
  text: string;
}

/** Markdown and list marks around a line carry no words: "- **Offer:** …" reads "Offer: …". */
function plainLine(line: string): string {
  return line.replace(/^\s*(?:[-*•·>]|\d+[.)])\s+/, "").replace(/\*\*|__|`/g, "").trim();
}

/** Every sentence of the publishable copy (subject lines, preview, body, CTA), with its field. */
export function copySentences(draft: Record<string, unknown>): CopySentence[] {
  return publishableSegments(draft).flatMap((segment) =>
    segment.text
      .split(/\n+/)
      .map(plainLine)
      .filter(Boolean)
      .flatMap((line) => splitSentences(line).map((text) => ({ field: segment.field, text }))),
  );
}

export interface ApprovedText {
  /** How a reviewer knows it: "approved claim setup_time", "the offer", "the brief". */
  source: string;
  text: string;
  /** False for a registry claim this brief did not select: it shows intent, it does not support. */
  supports: boolean;
}

function isoDay(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? "").slice(0, 10);
}

/** Everything a sentence may restate: the brief's claims, the offer, the brief, the footer, the audience's data. */
export function approvedTexts(ctx: CheckContext): ApprovedText[] {
  const texts: ApprovedText[] = briefClaims(ctx).map((c) => ({ source: `approved claim ${c.id}`, text: c.text, supports: true }));
  texts.push(...registryOnlyClaims(ctx).map((c) => ({ source: `approved claim ${c.id} (not selected for this brief)`, text: c.text, supports: false })));
  const offer = ctx.offer;
  if (offer) {
    const until = ctx.brief.allowed_dates[0] ?? isoDay(offer.expires_at);
    texts.push({ source: "the offer", text: `${offer.summary} with code ${offer.code}, valid until ${until}.`, supports: true });
  }
  for (const fact of ctx.brief.facts ?? []) texts.push({ source: "the brief", text: fact, supports: true });
  for (const window of ctx.brief.allowed_windows ?? []) texts.push({ source: "the brief's deadline", text: `Your trial ends in ${window}.`, supports: true });
  for (const fact of ctx.audienceFacts ?? []) texts.push({ source: "the audience data", text: fact, supports: true });
  texts.push({ source: "the brief's call to action", text: ctx.brief.cta_text, supports: true });
  for (const r of ctx.policies.legal.restrictions) {
    for (const phrase of r.unsubscribe_phrases ?? []) texts.push({ source: "the legal footer", text: phrase, supports: true });
    if (r.postal_address) texts.push({ source: "the legal footer", text: r.postal_address, supports: true });
  }
  return texts;
}

const STOPWORDS = new Set(
  ("a an the and or but if so of to in on at by for with from into over under as is are was were be been being it its this that these those " +
    "you your yours we our us i me my they them their he she his her there here what which who whom how when where why not no can could will " +
    "would should may might must do does did done has have had just also very than then once up out about after before during more most " +
    "all any each every some such own same only both few other hi hello thanks").split(" "),
);

/** Crude stemming is enough to line up "dashboards"/"dashboard" and "shared"/"share". */
export function stem(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/(?<=\w{3})(?:ing|ed|es|ly|s)$/, "")
    .replace(/(?<=\w{3})e$/, "");
}

const wordCache = new Map<string, Set<string>>();

export function contentWords(text: string): Set<string> {
  const hit = wordCache.get(text);
  if (hit) return hit;
  const words = text.toLowerCase().match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? [];
  const set = new Set(words.filter((w) => !STOPWORDS.has(w) && !/^\d+$/.test(w)).map(stem));
  // Approved texts and repeated copy are looked up again and again; a bounded memory is enough.
  if (wordCache.size > 20000) wordCache.clear();
  wordCache.set(text, set);
  return set;
}

export interface Nearest {
  text: ApprovedText;
  /** Content words the sentence shares with it. */
  overlap: number;
  /** The share of the sentence's content words it covers (0–1). */
  coverage: number;
}

export function rankApproved(sentence: string, texts: ApprovedText[]): Nearest[] {
  const words = contentWords(sentence);
  return texts
    .map((text) => {
      const other = contentWords(text.text);
      const overlap = [...words].filter((w) => other.has(w)).length;
      return { text, overlap, coverage: words.size === 0 ? 1 : overlap / words.size };
    })
    .sort((a, b) => b.overlap - a.overlap || b.coverage - a.coverage);
}

/** The approved claim a sentence most likely meant (claims first; the offer or brief when no claim is near). */
export function likelyIntent(sentence: string, texts: ApprovedText[]): ApprovedText | undefined {
  const candidates = texts.filter((t) => !/footer|call to action/.test(t.source));
  const ranked = rankApproved(sentence, candidates).filter((n) => n.overlap > 0);
  return (ranked.find((n) => n.text.source.startsWith("approved claim")) ?? ranked[0])?.text;
}

/** The clause around a position: what a cue's own words are about, not the rest of a long sentence. */
export function clauseAround(sentence: string, index: number): string {
  const separator = /[;:—–]|,\s*(?:and|but|so|while|which|where)\b/g;
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(separator)) {
    const at = m.index ?? 0;
    if (at + m[0].length <= index) start = at + m[0].length;
    else if (at > index) {
      end = at;
      break;
    }
  }
  return sentence.slice(start, end).trim() || sentence;
}

const MAX_QUOTE = 220;

/** A sentence as evidence: quoted, personal data masked, long ones cut. */
export function quoteSentence(sentence: string): string {
  const safe = redactPersonalData(sentence);
  return `"${safe.length > MAX_QUOTE ? `${safe.slice(0, MAX_QUOTE - 1)}…` : safe}"`;
}
