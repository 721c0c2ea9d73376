import { InputError } from "../errors.js";
import { formatExpiry } from "./dates.js";
import { sanitizeFreeText } from "./untrusted.js";
/** The keys of the standard context, two levels deep: what any workflow's input schema may draw from. */
export const STANDARD_CONTEXT = {
    brand_name: null,
    brief: ["goal", "key_message", "cta_text", "deadline_text"],
    offer: ["code", "summary", "expires_text"],
    approved_claims: null,
    legal_rules: null,
    brand_voice: null,
    banned_words: null,
    audience: ["variant", "role", "plan_name", "usage_summary", "crm_notes"],
    footer: ["unsubscribe_text", "postal_address"],
    channel: null,
};
/** Role shown to a prompt for the generic variant, which addresses every role at once. */
export const GENERIC_ROLE = "any";
/** Builds the standard prompt context from a campaign, its pinned policies and one cohort. */
export function buildPromptInput({ campaign, policies, cohort }) {
    return {
        brand_name: policies.brand.product_name.canonical,
        brief: {
            goal: campaign.brief.goal,
            key_message: campaign.brief.key_message,
            cta_text: campaign.brief.cta_text,
            deadline_text: deadlineText(campaign),
        },
        // No offer, no field: a prompt that requires one fails validation for an offerless campaign.
        ...(campaign.offer ? { offer: { code: campaign.offer.code, summary: campaign.offer.summary, expires_text: formatExpiry(campaign.offer.expires_at) } } : {}),
        approved_claims: approvedClaimTexts(campaign, policies),
        legal_rules: policies.legal.restrictions.map((r) => r.rule),
        brand_voice: policies.brand.voice,
        banned_words: [...policies.brand.banned_words],
        audience: audienceOf(cohort),
        footer: footerOf(policies),
        channel: { ...campaign.channel },
    };
}
function approvedClaimTexts(campaign, policies) {
    return campaign.brief.claims.map((id) => {
        const claim = policies.claims.claims.find((c) => c.id === id);
        if (!claim) {
            throw new InputError(`brief.claims names "${id}", which ${policies.claims.version} does not approve`, {
                file: `campaigns/${campaign.id}/campaign.yaml`,
                field: "brief.claims",
                hint: `use one of: ${policies.claims.claims.map((c) => c.id).join(", ")}`,
            });
        }
        return claim.text;
    });
}
function deadlineText(campaign) {
    const offerEnd = campaign.offer ? `The offer ends ${formatExpiry(campaign.offer.expires_at)}.` : "";
    if (campaign.brief.deadline === "trial_end") {
        const days = Number(campaign.audience?.expect?.trial_ends_within_days ?? 0);
        const trialEnd = days > 0 ? `The trial ends in ${days} day${days === 1 ? "" : "s"}.` : "The trial ends soon.";
        return [trialEnd, offerEnd].filter(Boolean).join(" ");
    }
    if (campaign.brief.deadline === "offer_end")
        return offerEnd || "No deadline.";
    return "No deadline.";
}
function audienceOf(cohort) {
    const audience = {
        variant: cohort.variant,
        role: cohort.variant === "generic" ? GENERIC_ROLE : (cohort.role ?? GENERIC_ROLE),
        plan_name: cohort.plan_name,
    };
    // The generic variant exists because usage is stale or missing: it never carries usage or notes.
    if (cohort.variant === "generic")
        return audience;
    const usage = sanitizeFreeText(cohort.usage_summary ?? "");
    const notes = sanitizeFreeText(cohort.crm_notes ?? "");
    if (usage)
        audience.usage_summary = usage;
    if (notes)
        audience.crm_notes = notes;
    return audience;
}
function footerOf(policies) {
    const footer = policies.legal.restrictions.find((r) => r.postal_address || r.unsubscribe_phrases?.length);
    const phrase = footer?.unsubscribe_phrases?.[0] ?? "";
    return {
        unsubscribe_text: phrase && !/[.!?]$/.test(phrase) ? `${phrase}.` : phrase,
        postal_address: footer?.postal_address ?? "",
    };
}
