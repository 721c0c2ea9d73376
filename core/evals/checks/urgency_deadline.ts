import type { Check, CheckContext } from "../types.ts";
import { excerpt, findAll, publishableText, sentences } from "../text.ts";
import { isAllowedDate, namedDates } from "../dates.ts";

/** Time pressure no campaign deadline backs: the trial ends in days, the offer at a date. */
const INVENTED_WINDOWS = /\b(today only|only today|ends? today|ends? tonight|tonight|(?:by|at|before) midnight|ends? tomorrow|last day|this weekend|final hours|limited[- ]time|flash sale|while supplies last|only \d+ (?:spots|seats|licen[cs]es) left|(?:by|until|before|ends?(?: at)?|at) the end of (?:the|this) (?:week|month|day)|this (?:week|month) only|(?:in|within|only|next|just)\s+\d+\s+hours?|\d+\s+hours?\s+(?:left|only|remaining|to go))\b/gi;

/** "in 2 days", "5 days left": a window the brief must state. */
const DAY_WINDOWS = /\b(?:(?:in|within|only|next|just)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen)\s+(?:more\s+)?days?|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen)\s+(?:more\s+)?days?\s+(?:left|remaining|to go))\b/gi;

const WEEKDAY_DEADLINES = /\b(?:by|until|till|ends?|ending|before|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gi;

/** Urgency words that are fine only when the sentence names a real deadline. */
const CONDITIONAL_URGENCY = /\b(last chance|final chance|expir(?:es|ing|e|y)|hurry|act now|act fast|don'?t miss(?: out)?|do not miss|running out|before it'?s too late|ends soon|ending soon|almost over|final reminder|now or never|last call)\b/gi;

const NUMBER_WORDS: Record<string, string> = { one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9", ten: "10", eleven: "11", twelve: "12", thirteen: "13", fourteen: "14" };

function normalizeWindow(text: string): string {
  return text
    .toLowerCase()
    // "3  days" in the copy is the brief's "3 days".
    .replace(/\s+/g, " ")
    .replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen)\b/g, (w) => NUMBER_WORDS[w] ?? w)
    .replace(/\bdays?\b/, "day")
    .replace(/\bmore /, "");
}

/** "In 14 days your team built 7 dashboards" recounts the past; it sets no deadline. */
function looksBack(after: string): boolean {
  return /^,?\s+(?:you|we|they|(?:your|the|our)\s+\w+)\s+(?:\w+ed|built|ran|made|wrote|did|saw|got|set|grew)\b/i.test(after);
}

function windowAllowed(window: string, ctx: CheckContext): boolean {
  const said = normalizeWindow(window).match(/\d+ day/)?.[0];
  return said !== undefined && (ctx.brief.allowed_windows ?? []).some((w) => normalizeWindow(w).includes(said));
}

/** A sentence names a real deadline: the trial's end, an allowed window or an allowed date. */
function namesRealDeadline(sentence: string, ctx: CheckContext): boolean {
  if (/\btrial\b/i.test(sentence)) return true;
  if (findAll(DAY_WINDOWS, sentence).some((w) => windowAllowed(w.text, ctx))) return true;
  if ((ctx.brief.allowed_windows ?? []).some((w) => sentence.toLowerCase().includes(w.toLowerCase()))) return true;
  return namedDates(sentence).some((d) => isAllowedDate(d, ctx.brief.allowed_dates));
}

export interface UrgencyProblem {
  phrase: string;
  evidence: string;
}

export function urgencyProblems(text: string, ctx: CheckContext): UrgencyProblem[] {
  const found = [
    ...findAll(INVENTED_WINDOWS, text),
    ...findAll(WEEKDAY_DEADLINES, text),
    ...findAll(DAY_WINDOWS, text).filter((w) => !windowAllowed(w.text, ctx) && !looksBack(text.slice(w.index + w.text.length))),
    ...namedDates(text).filter((d) => !isAllowedDate(d, ctx.brief.allowed_dates)),
  ].map((m) => ({ phrase: m.text, evidence: excerpt(text, m.index, m.text.length) }));
  for (const sentence of sentences(text)) {
    const urgent = findAll(CONDITIONAL_URGENCY, sentence)[0];
    if (urgent && !namesRealDeadline(sentence, ctx)) found.push({ phrase: urgent.text, evidence: excerpt(sentence, urgent.index, urgent.text.length) });
  }
  return found.filter((p, i) => found.findIndex((q) => q.evidence === p.evidence) === i);
}

function realDeadlines(ctx: CheckContext): string {
  const parts = [...(ctx.brief.allowed_windows ?? []).map((w) => `the trial's end (${w})`), ...ctx.brief.allowed_dates.map((d) => d.slice(0, 10))];
  return parts.length > 0 ? parts.join(" and ") : "none in this brief";
}

/** Urgency only against a real deadline; every date named is one the brief allows. */
export const urgencyDeadline: Check = {
  label: "Urgency and deadlines",
  owner: "legal",
  channels: "all",
  run(draft, ctx) {
    const problems = urgencyProblems(publishableText(draft), ctx);
    if (problems.length === 0) return { status: "pass", message: "Every deadline and urgency phrase refers to a real deadline of the brief." };
    return {
      status: "fail",
      message: `The copy creates urgency or names a date the brief does not back ("${problems[0]?.phrase}"); the real deadlines are ${realDeadlines(ctx)}.`,
      evidence: problems.map((p) => p.evidence),
    };
  },
};
