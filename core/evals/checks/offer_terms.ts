import type { Offer } from "../../model/index.ts";
import type { Check, CheckContext } from "../types.ts";
import { compileRules } from "../grounding-rules.ts";
import { copySentences, quoteSentence, type CopySentence } from "../sentences.ts";
import { escapeRegExp } from "../text.ts";

/**
 * The offer restated anywhere (subject lines and preview included) must be the offer: its plan,
 * percentage, duration, code and expiry month. Digits the other checks already judge ("25% off",
 * "first 6 months", "TEAM25", "December 13") are left to them; this check reads what they cannot:
 * the plan, fractions and durations in words, a code written differently, a month named alone.
 */
const OFFER_CUE = /\b(?:code|coupon|promo|discount|offer|deal)\b|%|\bpercent\b|\b(?:half|a (?:quarter|third|fifth|tenth))\s+off\b|\boff\s+(?:the|your)\s+(?:first|next|whole)\b/i;

const FRACTIONS: Record<string, number> = { half: 50, "a third": 33, "a quarter": 25, "a fifth": 20, "a tenth": 10 };
const COUNT_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

interface Mismatch {
  term: string;
  said: string;
  offer: string;
}

/**
 * Parts of a sentence, so "20% off Team, which sits beside Business" holds only its own clause to the plan.
 * Copy reaches the checks normalised, with an en dash folded to "-": a dash between spaces ends a clause.
 */
function clauses(sentence: string): string[] {
  return sentence.split(/\s*(?:[;:—(]|\s-\s|,\s*(?:and|but|while|which|where)\b|\.\s)\s*/i);
}

function planMismatch(clause: string, offer: Offer, plans: string[]): Mismatch[] {
  // An offer without a plan has no plan to contradict, as one without a duration has no duration.
  const plan = offer.plan;
  if (plan === undefined) return [];
  return plans.filter((p) => p !== plan && new RegExp(`\\b${escapeRegExp(p)}\\b`).test(clause)).map((p) => ({ term: "plan", said: p, offer: plan }));
}

function percentMismatch(clause: string, offer: Offer): Mismatch[] {
  return [...clause.matchAll(/\b(half|a third|a quarter|a fifth|a tenth)\s+(?:off|of)\b/gi)]
    .filter((m) => FRACTIONS[(m[1] ?? "").toLowerCase()] !== offer.discount_percent)
    .map((m) => ({ term: "discount", said: m[0], offer: `${offer.discount_percent}%` }));
}

function durationMismatch(clause: string, offer: Offer): Mismatch[] {
  if (offer.duration_months === undefined) return [];
  const said: { text: string; months: number }[] = [];
  for (const m of clause.matchAll(/\b(half a year|(?:your |the )?(?:whole |full |entire )?first year|a (?:full |whole )?year|(?:for|over)\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(months?|weeks?|years?))\b/gi)) {
    const unit = (m[3] ?? "").toLowerCase();
    const count = COUNT_WORDS[(m[2] ?? "").toLowerCase()] ?? Number(m[2]);
    const months = /half a year/i.test(m[0]) ? 6 : /year/i.test(m[0]) && !m[2] ? 12 : unit.startsWith("year") ? count * 12 : unit.startsWith("week") ? count / 4.345 : count;
    said.push({ text: m[0], months });
  }
  return said.filter((s) => Math.abs(s.months - (offer.duration_months ?? 0)) > 0.25).map((s) => ({ term: "duration", said: s.text, offer: `${offer.duration_months} months` }));
}

function codeMismatch(clause: string, offer: Offer): Mismatch[] {
  const letters = offer.code.replace(/\d+$/, "");
  const digits = offer.code.slice(letters.length);
  if (!letters || !digits) return [];
  // The code written another way: "team20", "Team20", "TEAM 20", "TEAM-20".
  const variant = new RegExp(`\\b${escapeRegExp(letters)}[\\s-]?${digits}\\b`, "gi");
  return [...clause.matchAll(variant)].filter((m) => m[0] !== offer.code).map((m) => ({ term: "code", said: m[0], offer: offer.code }));
}

function monthMismatch(clause: string, expires: string): Mismatch[] {
  const month = Number(expires.slice(5, 7));
  const named = [...clause.matchAll(/\b(?:until|through|till|by|before|ends?|expires?|valid\s+(?:until|through|till))\s+(?:the\s+(?:end|middle|start)\s+of\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/gi)];
  return named.filter((m) => MONTHS.indexOf((m[1] ?? "").toLowerCase()) + 1 !== month).map((m) => ({ term: "expiry", said: m[0], offer: expires }));
}

function mismatchesIn(s: CopySentence, offer: Offer, plans: string[], expires: string): Mismatch[] {
  if (!OFFER_CUE.test(s.text)) return [];
  return clauses(s.text).flatMap((clause) =>
    OFFER_CUE.test(clause) || /\b(?:month|year)s?\b/i.test(clause)
      ? [...planMismatch(clause, offer, plans), ...percentMismatch(clause, offer), ...durationMismatch(clause, offer), ...codeMismatch(clause, offer), ...monthMismatch(clause, expires)]
      : [],
  );
}

function expiryOf(offer: Offer, ctx: CheckContext): string {
  const value = offer.expires_at as unknown;
  return ctx.brief.allowed_dates[0] ?? (value instanceof Date ? value.toISOString() : String(value)).slice(0, 10);
}

/** Every restatement of the offer names its plan, percentage, duration, code and expiry correctly. */
export const offerTerms: Check = {
  label: "Offer terms",
  owner: "legal",
  channels: "all",
  run(draft, ctx) {
    const offer = ctx.offer;
    if (!offer) return { status: "pass", message: "The campaign has no offer; no offer terms to compare." };
    const plans = ctx.policies.grounding ? compileRules(ctx.policies.grounding).plans : [];
    const expires = expiryOf(offer, ctx);
    const found = copySentences(draft).flatMap((s) => mismatchesIn(s, offer, plans, expires).map((m) => ({ s, m })));
    const summary = `${offer.summary} with code ${offer.code}, valid until ${expires}`;
    if (found.length === 0) return { status: "pass", message: `Every restatement of the offer matches it (${summary}).` };
    const first = found[0] as (typeof found)[number];
    return {
      status: "fail",
      message: `${quoteSentence(first.s.text)} states the offer's ${first.m.term} as "${first.m.said}"; the offer is ${summary}.`,
      evidence: found.map(({ s, m }) => `${s.field}: ${quoteSentence(s.text)} — ${m.term} "${m.said}", the offer says ${m.offer}`),
    };
  },
};
