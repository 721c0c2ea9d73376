/**
 * Numbers held to the claim their sentence is about. "Most teams connect their first data source
 * within 3 days" restates the setup-time claim with a number that belongs to the trial's deadline:
 * every number appears somewhere in the inputs, but not in the text the clause restates.
 */
import { namedDates } from "./dates.ts";
import { STRICT_UNITS, numberMentions, type NumberMention } from "./numbers.ts";
import { rankApproved, type ApprovedText } from "./sentences.ts";

export interface MisplacedNumber {
  mention: string;
  /** The approved text that states this number (it belongs there, not here). */
  about: ApprovedText;
  /** The approved text the clause restates: what the sentence most likely meant. */
  intent: ApprovedText;
}

/** Clauses, so "your trial ends in 3 days, and code TEAM20 gives 20% off…" is held to two texts. */
function clauses(sentence: string): string[] {
  return sentence.split(/\s*(?:[;:—–]|,\s*(?:and|but|so|while|where|which)\b|,(?=\s+(?:with|for|if|when)\b))\s*/i).filter((c) => c.trim());
}

const same = (a: NumberMention, b: NumberMention) => a.value === b.value && a.unit === b.unit;

/** "3-day trial" against an approved "14-day … trial": the same unit of the same thing, another value. */
function qualified(text: string): { value: number; unit: string; noun: string }[] {
  const pattern = /\b(\d+|one|two|three|four|five|six|seven|ten|twelve|fourteen|thirty)[\s-](day|week|month|year|minute|hour)[\s-](?:[A-Za-z]+\s+)?(trial|plan|discount|offer|setup|window|period|guarantee)\b/gi;
  const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10, twelve: 12, fourteen: 14, thirty: 30 };
  return [...text.matchAll(pattern)].map((m) => ({ value: words[(m[1] ?? "").toLowerCase()] ?? Number(m[1]), unit: (m[2] ?? "").toLowerCase(), noun: (m[3] ?? "").toLowerCase() }));
}

function contradictedQualifiers(clause: string, texts: ApprovedText[]): MisplacedNumber[] {
  const approved = texts.filter((t) => t.supports).flatMap((t) => qualified(t.text).map((q) => ({ ...q, text: t })));
  return qualified(clause)
    .filter((q) => !approved.some((a) => a.noun === q.noun && a.unit === q.unit && a.value === q.value))
    .flatMap((q) => {
      const other = approved.find((a) => a.noun === q.noun && a.unit === q.unit);
      return other ? [{ mention: `${q.value}-${q.unit} ${q.noun}`, about: other.text, intent: other.text }] : [];
    });
}

/**
 * Strict-unit numbers ("3 days", "20%", "10 months") that some approved text states, but not the
 * text this clause is about. Numbers no approved text states at all are the grounding check's.
 */
/** Dates, clock times and web addresses are the urgency check's; their digits are no quantities. */
function withoutDates(text: string): string {
  let out = text.replace(/\bhttps?:\/\/\S+/g, (m) => " ".repeat(m.length)).replace(/\b\d{1,2}:\d{2}(?:\s*(?:UTC|GMT|[AaPp]\.?[Mm]\.?))?(?!\w)/g, (m) => " ".repeat(m.length));
  for (const date of namedDates(out)) out = out.slice(0, date.index) + " ".repeat(date.text.length) + out.slice(date.index + date.text.length);
  return out;
}

interface Stated {
  supporting: ApprovedText[];
  stated: { text: ApprovedText; numbers: readonly NumberMention[] }[];
  audience: NumberMention[];
}

/** The numbers each approved text states, worked out once per set of texts. */
const statedBy = new WeakMap<ApprovedText[], Stated>();

function statedIn(texts: ApprovedText[]): Stated {
  const hit = statedBy.get(texts);
  if (hit) return hit;
  const supporting = texts.filter((t) => t.supports);
  const made = {
    supporting,
    stated: supporting.map((t) => ({ text: t, numbers: numberMentions(withoutDates(t.text)) })),
    audience: texts.filter((t) => t.source === "the audience data").flatMap((t) => numberMentions(t.text)),
  };
  statedBy.set(texts, made);
  return made;
}

export function misplacedNumbers(sentence: string, texts: ApprovedText[]): MisplacedNumber[] {
  const { supporting, stated, audience } = statedIn(texts);
  const found: MisplacedNumber[] = [];
  for (const clause of clauses(withoutDates(sentence))) {
    found.push(...contradictedQualifiers(clause, texts));
    const mentions = numberMentions(clause).filter((m) => m.value > 0);
    if (mentions.length === 0) continue;
    const ranked = rankApproved(clause, supporting);
    const best = ranked[0];
    // Only a restated claim or offer is held to its own numbers; a sentence nearest to the brief or
    // the audience's data ("over the last two weeks you ran 1,204 queries") recounts, it claims nothing.
    if (!best || best.overlap < 2 || !/^(?:approved claim|the offer)/.test(best.text.source)) continue;
    for (const mention of mentions) {
      const strict = STRICT_UNITS.has(mention.unit);
      const states = (n: NumberMention) => (strict ? same(n, mention) : n.value === mention.value);
      const holders = stated.filter((s) => s.numbers.some(states));
      const near = holders.some((h) => (ranked.find((r) => r.text === h.text)?.overlap ?? 0) >= Math.max(1, best.overlap * 0.5));
      // A count from the audience's own data ("all 6 dashboards") may sit inside a restated claim.
      if (near || (!strict && audience.some(states))) continue;
      // Numbers no approved text states at all are the grounding check's; a plain count beside a claim is ours.
      if (strict && holders.length === 0) continue;
      found.push({ mention: mention.text, about: holders[0]?.text ?? best.text, intent: best.text });
    }
  }
  return found;
}
