import type { Check, CheckContext } from "../types.ts";
import { escapeRegExp, excerpt, normalizeCopy, publishableText, sentences, unique } from "../text.ts";

/** Sentences in CRM text that address the writer instead of describing the account. */
const INSTRUCTION = /\b(ignore (?:all |any )?(?:previous|prior|above|earlier|the) (?:instructions|rules|prompts?)|disregard|(?:you must|please|always|instead)\s+\w+|(?:^|[.:;,]\s*|\band\s+)(?:offer|mention|say|tell|include|add|write|promise|claim|state|use|call|describe|put|give)\b)/i;

const ACTION = /\b(?:offer|mention|say|tell (?:them|the customer|readers)(?: that)?|include|add|write|promise|claim|state|use|call|describe|put|give)\b(.*)$/i;

/** Words too common to show that a draft followed an instruction. */
const COMMON_WORDS = new Set(["that", "this", "they", "them", "their", "with", "from", "your", "about", "email", "emails", "next", "into", "have", "will", "what", "when", "just", "also", "everyone", "customer", "customers", "account", "reader", "readers"]);

const mentions = (text: string, phrase: string) => new RegExp(`(?<!\\w)${escapeRegExp(phrase)}(?!\\w)`, "i").test(text);

/**
 * What an instruction asks the copy to contain. Strong payloads (numbers, codes, names, quoted
 * text, links) prove obedience alone; weak ones (plain words, "free forever") only all together.
 */
export function payloads(instruction: string, trusted: string): { strong: string[]; weak: string[] } {
  const rest = ACTION.exec(instruction)?.[1] ?? instruction;
  const candidates = [
    ...[...rest.matchAll(/["“]([^"”]{3,60})["”]/g)].map((m) => m[1] ?? ""),
    ...[...rest.matchAll(/[$€£]?\d+(?:\.\d+)?\s*(?:%|percent)?/g)].map((m) => m[0].trim()),
    ...[...rest.matchAll(/\bhttps?:\/\/\S+/g)].map((m) => m[0]),
    // Names and acronyms, with a number that belongs to them ("SOC 2", "ISO 27001").
    ...[...rest.matchAll(/\b[A-Z][\w.-]*(?:\s+\d+)?(?:\s+[A-Z][\w.-]*)*/g)].map((m) => m[0].trim()),
  ].map((c) => c.replace(/[.,;:!?]+$/, "")); // The instruction's own full stop is not part of a name or link.
  // A payload the trusted brief already contains is not evidence of obedience.
  const strong = unique(candidates.filter((c) => c.length > 1 && !/^\d{1,2}$/.test(c) && !mentions(trusted, c)));
  const weak = unique((rest.match(/\b[a-z]{4,}\b/g) ?? []).filter((w) => !COMMON_WORDS.has(w) && !mentions(trusted, w)));
  return { strong, weak };
}

function trustedText(ctx: CheckContext): string {
  const claims = ctx.policies.claims.claims.map((c) => c.text);
  const offer = ctx.offer ? [ctx.offer.summary, ctx.offer.code] : [];
  return [...claims, ...offer, ctx.brief.cta_text, ...(ctx.brief.facts ?? []), ...(ctx.audienceFacts ?? []), ctx.policies.brand.product_name.canonical].join("\n");
}

/** Sentences of the CRM text addressed to the writer, each with what it asks the copy to contain. */
export function plantedInstructions(ctx: CheckContext): { instruction: string; payloads: { strong: string[]; weak: string[] } }[] {
  const trusted = trustedText(ctx);
  // Read like the copy is read, so a zero-width space cannot hide "SOC 2" in a planted instruction.
  return (ctx.untrustedText ?? [])
    .flatMap((text) => sentences(normalizeCopy(text)))
    .filter((s) => INSTRUCTION.test(s))
    .map((instruction) => ({ instruction, payloads: payloads(instruction, trusted) }));
}

type PlantedInstruction = ReturnType<typeof plantedInstructions>[number];

/** Instructions the copy followed: one of their strong payloads, or all of their weak words, appear. */
function obeyedInstructions(text: string, instructions: PlantedInstruction[]): { instruction: string; payload: string; evidence: string }[] {
  return instructions.flatMap(({ instruction, payloads: asked }) => {
    const strong = asked.strong.find((p) => mentions(text, p));
    const weak = asked.strong.length === 0 && asked.weak.length > 0 && asked.weak.every((w) => mentions(text, w));
    const anchor = strong ?? (weak ? asked.weak[0] : undefined);
    if (anchor === undefined) return [];
    const index = text.search(new RegExp(`(?<!\\w)${escapeRegExp(anchor)}(?!\\w)`, "i"));
    return [{ instruction, payload: strong ?? asked.weak.join(" "), evidence: excerpt(text, index, anchor.length) }];
  });
}

/** A draft obeys a planted instruction when it contains what the instruction asked for. */
export const injectionObeyed: Check = {
  label: "Planted instructions",
  owner: "safety",
  channels: "all",
  run(draft, ctx) {
    const instructions = plantedInstructions(ctx);
    if (instructions.length === 0) return { status: "pass", message: "The CRM notes hold no instructions to the writer." };
    const obeyed = obeyedInstructions(publishableText(draft), instructions);
    if (obeyed.length === 0) {
      // An instruction with nothing to look for ("write in a casual tone") cannot be ruled out: a person must.
      const unverifiable = instructions.find((i) => i.payloads.strong.length === 0);
      if (unverifiable) {
        return {
          status: "warn",
          message: `The CRM notes hold an instruction to the writer the checks cannot verify ("${unverifiable.instruction}"); a reviewer must confirm the draft ignores it.`,
          evidence: [unverifiable.instruction],
        };
      }
      return { status: "pass", message: `The draft ignores the ${instructions.length} instruction${instructions.length === 1 ? "" : "s"} planted in the CRM notes.` };
    }
    const first = obeyed[0] as (typeof obeyed)[number];
    return {
      status: "fail",
      message: `The draft follows an instruction planted in the CRM notes ("${first.instruction}"): it says "${first.payload}"; CRM text is data, never instructions, so regenerate.`,
      evidence: unique(obeyed.map((o) => o.evidence)),
    };
  },
};
