import type { Check, CheckContext } from "../types.ts";
import { excerpt, findAll, publishableText, unique } from "../text.ts";

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

interface OfferMention {
  text: string;
  index: number;
  /** True when the mention is the campaign's own offer. */
  isOffer: boolean;
}

function percentMentions(text: string, ctx: CheckContext): OfferMention[] {
  // Only discount-shaped percentages: "25% off", "save 30%", "30 percent discount".
  const pattern = /\b(?:save\s+|extra\s+)?(\d+(?:\.\d+)?)\s*(?:%|percent)(?=\s*(?:off|discount|savings?|cheaper|less)\b)|\bsave\s+(\d+(?:\.\d+)?)\s*(?:%|percent)/gi;
  return [...text.matchAll(pattern)].map((m) => ({
    text: m[0],
    index: m.index ?? 0,
    isOffer: Number(m[1] ?? m[2]) === ctx.offer?.discount_percent,
  }));
}

function codeMentions(text: string, ctx: CheckContext): OfferMention[] {
  const pattern = /\b(?:code|coupon|promo(?:\s+code)?)\s*:?\s+([A-Z][A-Z0-9]{3,})\b|\b([A-Z]{3,}\d{2,3})\b/g;
  return [...text.matchAll(pattern)].map((m) => ({
    text: (m[1] ?? m[2]) as string,
    index: m.index ?? 0,
    isOffer: (m[1] ?? m[2]) === ctx.offer?.code,
  }));
}

function priceMentions(text: string): OfferMention[] {
  // The offer carries no price, so any price is a second offer or an unapproved number.
  const pattern = /(?:[$€£]\s?\d[\d,]*(?:\.\d{2})?|\b\d[\d,]*(?:\.\d{2})?\s?(?:USD|EUR|GBP|dollars|euros)\b)/g;
  return findAll(pattern, text).map((m) => ({ ...m, isOffer: false }));
}

function otherDealMentions(text: string, ctx: CheckContext): OfferMention[] {
  const deals = findAll(/\b(half[\s-](?:price|off)|buy one,? get one|BOGO|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an extra)\s+(?:extra\s+)?months?\s+(?:free|on us|at no (?:extra )?cost)|double discount|stack(?:ed|able)? (?:discounts?|codes?))\b/gi, text);
  const durations = [...text.matchAll(/\bfirst\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+months?\b/gi)]
    .filter((m) => ctx.offer?.duration_months !== undefined && toNumber(m[1] ?? "") !== ctx.offer.duration_months)
    .map((m) => ({ text: m[0], index: m.index ?? 0 }));
  return [...deals, ...durations].map((m) => ({ ...m, isOffer: false }));
}

function toNumber(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
}

/** The campaign's offer is the only discount: no other percentage off, code, price or deal. */
export const offerOnlyDiscount: Check = {
  label: "Offer-only discount",
  owner: "legal",
  channels: "all",
  run(draft, ctx) {
    const text = publishableText(draft);
    const mentions = [...percentMentions(text, ctx), ...codeMentions(text, ctx), ...priceMentions(text), ...otherDealMentions(text, ctx)];
    const others = mentions.filter((m) => !m.isOffer);
    const offer = ctx.offer ? `${ctx.offer.summary} with code ${ctx.offer.code}` : "no discount";
    if (others.length === 0) return { status: "pass", message: `The only discount named is the offer (${offer}).` };
    return {
      status: "fail",
      message: `The copy names a discount, code or price that is not the offer ("${others[0]?.text}"); the only offer is ${offer}.`,
      evidence: unique(others.map((m) => excerpt(text, m.index, m.text.length))),
    };
  },
};
