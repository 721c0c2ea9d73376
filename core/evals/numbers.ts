/** Numbers in copy, each with the unit that gives it meaning ("10 minutes", "20%", "3x"). */
import { memoByText } from "./memo.ts";

export interface NumberMention {
  text: string;
  index: number;
  value: number;
  /** Normalized unit: "%", "x", "$", "minute", "day", … or a noun ("dashboard"); "" when none. */
  unit: string;
}

/** Units whose number is a claim in itself: "3x", "40%", "24 hours". They must match exactly. */
export const STRICT_UNITS = new Set(["%", "x", "$", "€", "£", "minute", "hour", "day", "week", "month", "year"]);

const UNIT_ALIASES: Record<string, string> = {
  percent: "%", "%": "%", x: "x", "×": "x", times: "x", time: "x",
  min: "minute", mins: "minute", minutes: "minute", hr: "hour", hrs: "hour", hours: "hour",
  days: "day", weeks: "week", months: "month", mo: "month", years: "year", yrs: "year",
};

const SPELLED: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30,
};

/** Filler between a number and its noun: "3 new dashboards", "40% of teams". */
const FILLER = "(?:(?:more|extra|new|whole|full|of|your|the)\\s+)*";

export function normalizeUnit(word: string | undefined): string {
  if (!word) return "";
  const lower = word.toLowerCase();
  return UNIT_ALIASES[lower] ?? lower.replace(/(?<=[a-z]{3})s$/, "");
}

function digitMentions(text: string): NumberMention[] {
  // A number right after an acronym is part of a name ("SOC 2", "ISO 27001"), not a quantity.
  const pattern = new RegExp(`(?<![\\w.,/])(?<![A-Z]{2,}[\\s-])([$€£])?(\\d+(?:[.,]\\d+)*)(\\s*(?:%|percent\\b|x\\b|×))?(?:[\\s-]+${FILLER}([A-Za-z]+))?`, "g");
  return [...text.matchAll(pattern)].map((m) => {
    const suffix = m[3]?.trim();
    const unit = m[1] ?? (suffix ? normalizeUnit(suffix) : normalizeUnit(m[4]));
    return { text: m[0].trim(), index: m.index ?? 0, value: Number((m[2] ?? "0").replace(/,/g, "")), unit };
  });
}

/** Spelled numbers count only with a strict unit ("ten minutes"); "two teammates" is too vague to judge. */
function spelledMentions(text: string): NumberMention[] {
  const pattern = new RegExp(`\\b(${Object.keys(SPELLED).join("|")})(?:[\\s-]+${FILLER}([A-Za-z]+))`, "gi");
  return [...text.matchAll(pattern)]
    .map((m) => ({ text: m[0], index: m.index ?? 0, value: SPELLED[(m[1] ?? "").toLowerCase()] ?? 0, unit: normalizeUnit(m[2]) }))
    .filter((n) => STRICT_UNITS.has(n.unit));
}

/** "twice as fast", "half of our customers": multipliers and shares stated without digits. */
function multiplierMentions(text: string): NumberMention[] {
  const pattern = /\b(?:(twice|three times|double|triple|half)\s+(?:as\s+\w+|the\s+(?:speed|time|output|insights?|results?))|(?:more than |over |nearly |almost )?(?:half|a third|a quarter|the majority) of (?:our |all )?(?:customers|users|teams|companies))\b/gi;
  return [...text.matchAll(pattern)].map((m) => ({ text: m[0], index: m.index ?? 0, value: 0, unit: "x" }));
}

/** Weeks are counted in days, so "two weeks" matches a "14-day" trial. */
function inDays(mention: NumberMention): NumberMention {
  return mention.unit === "week" ? { ...mention, value: mention.value * 7, unit: "day" } : mention;
}

/** Every number mention of a text (remembered per text: trusted texts are read for every draft). */
export const numberMentions = memoByText((text: string): NumberMention[] => [...digitMentions(text), ...spelledMentions(text), ...multiplierMentions(text)].map(inDays));

/** A number is supported when a trusted text states it with the same strict unit, or at all for nouns. */
export function isSupportedNumber(mention: NumberMention, trusted: readonly NumberMention[]): boolean {
  if (mention.value === 0 && mention.unit === "x") return false;
  if (STRICT_UNITS.has(mention.unit)) return trusted.some((t) => t.value === mention.value && t.unit === mention.unit);
  return trusted.some((t) => t.value === mention.value);
}
