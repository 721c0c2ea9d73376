import type { ApprovedClaim } from "../../model/index.ts";
import type { Check, CheckContext } from "../types.ts";
import { escapeRegExp, excerpt, publishableText, quoted, unique } from "../text.ts";
import { briefClaims, registryOnlyClaims } from "../claims.ts";
import { namedDates } from "../dates.ts";
import { isSupportedNumber, numberMentions } from "../numbers.ts";
import { featureMentions, integrationNames } from "../features.ts";

/** Texts the copy may restate: claims, the offer, the brief, allowed deadlines, audience data. */
function trustedTexts(claims: ApprovedClaim[], ctx: CheckContext): string[] {
  const claimTexts = claims.flatMap((c) => [c.text, ...(c.covers?.integrations ?? []), ...(c.covers?.features ?? []), ...(c.covers?.numbers ?? [])]);
  const offer = ctx.offer ? [ctx.offer.summary, `${ctx.offer.discount_percent}%`, `${ctx.offer.duration_months ?? ""} months`] : [];
  return [...claimTexts, ...offer, ...(ctx.brief.facts ?? []), ...(ctx.brief.allowed_windows ?? []), ...(ctx.audienceFacts ?? [])];
}

const blank = (match: string) => " ".repeat(match.length);

/**
 * Text the grounding check reads: the postal address, web addresses, dates and times
 * (urgency_deadline judges those) and the offer code are blanked out, keeping every other
 * character's position.
 */
function claimableText(draft: Record<string, unknown>, ctx: CheckContext): string {
  let text = publishableText(draft);
  const address = ctx.policies.legal.restrictions.find((r) => r.postal_address)?.postal_address;
  if (address) {
    const parts = address.split(/[\s,]+/).filter(Boolean).map(escapeRegExp);
    text = text.replace(new RegExp(parts.join("[\\s,]+"), "gi"), blank);
  }
  text = text.replace(/\bhttps?:\/\/\S+/g, blank);
  // Clock times belong to a deadline ("December 31, 2026, 23:59 UTC"); urgency_deadline judges those.
  // The zone's offset is part of the time ("11:59 PM GMT+1"), not a number the copy claims.
  text = text.replace(/\b\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?)?(?!\w)/g, blank);
  for (const date of namedDates(text)) text = text.slice(0, date.index) + blank(date.text) + text.slice(date.index + date.text.length);
  if (ctx.offer?.code) text = text.replace(new RegExp(`\\b${escapeRegExp(ctx.offer.code)}\\b`, "g"), blank);
  return text;
}

export interface UnsupportedClaim {
  kind: "number" | "integration" | "feature";
  text: string;
  evidence: string;
}

function unsupportedIn(text: string, original: string, trusted: string[]): UnsupportedClaim[] {
  const trustedText = trusted.join("\n");
  const trustedNumbers = trusted.flatMap(numberMentions);
  const numbers = numberMentions(text).filter((n) => !isSupportedNumber(n, trustedNumbers)).map((n) => ({ kind: "number" as const, text: n.text, index: n.index }));
  const integrations = integrationNames(text)
    .filter((i) => !new RegExp(`\\b${escapeRegExp(i.name)}\\b`, "i").test(trustedText))
    .map((i) => ({ kind: "integration" as const, text: i.name, index: i.index }));
  const features = featureMentions(text)
    .filter((f) => (f.label === "unlimited" ? !trustedText.toLowerCase().includes(f.text.toLowerCase()) : !featureMentions(trustedText).some((t) => t.label === f.label)))
    .map((f) => ({ kind: "feature" as const, text: f.text, index: f.index }));
  return [...numbers, ...integrations, ...features].map((u) => ({ kind: u.kind, text: u.text, evidence: excerpt(original, u.index, u.text.length) }));
}

/** Claims the copy makes that neither this brief nor (for `registryOnly`) the whole registry supports. */
export function groundingGaps(draft: Record<string, unknown>, ctx: CheckContext): { unsupported: UnsupportedClaim[]; registryOnly: UnsupportedClaim[] } {
  const text = claimableText(draft, ctx);
  const original = publishableText(draft);
  const outsideBrief = unsupportedIn(text, original, trustedTexts(briefClaims(ctx), ctx));
  const withRegistry = unsupportedIn(text, original, trustedTexts([...briefClaims(ctx), ...registryOnlyClaims(ctx)], ctx));
  const key = (u: UnsupportedClaim) => `${u.kind}:${u.text}:${u.evidence}`;
  const unsupportedKeys = new Set(withRegistry.map(key));
  return { unsupported: withRegistry, registryOnly: outsideBrief.filter((u) => !unsupportedKeys.has(key(u))) };
}

/** Every number, integration and feature claim traces to an approved claim, the offer or the brief. */
export const grounding: Check = {
  label: "Grounding",
  owner: "claims",
  channels: "all",
  run(draft, ctx) {
    const { unsupported, registryOnly } = groundingGaps(draft, ctx);
    const version = ctx.policies.claims.version;
    if (unsupported.length > 0) {
      return {
        status: "fail",
        message: `The copy states ${quoted(unique(unsupported.map((u) => u.text)))}, which no approved claim in ${version}, the offer or the brief supports; remove it or use an approved claim.`,
        evidence: unique(unsupported.map((u) => u.evidence)),
      };
    }
    if (registryOnly.length > 0) {
      return {
        status: "warn",
        message: `The copy uses ${quoted(unique(registryOnly.map((u) => u.text)))} from an approved claim this brief did not select; a reviewer must confirm it fits.`,
        evidence: unique(registryOnly.map((u) => u.evidence)),
      };
    }
    return { status: "pass", message: `Every number, integration and feature traces to ${version}, the offer or the brief.` };
  },
};

/** Brief claims the copy relies on (a number, integration or feature they cover appears). */
export function claimsUsedBy(draft: Record<string, unknown>, ctx: CheckContext): ApprovedClaim[] {
  const text = claimableText(draft, ctx).toLowerCase();
  return briefClaims(ctx).filter((claim) => {
    const covered = [...(claim.covers?.numbers ?? []), ...(claim.covers?.integrations ?? []), ...(claim.covers?.features ?? [])];
    return covered.some((term) => text.includes(term.toLowerCase()));
  });
}
