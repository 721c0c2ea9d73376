import { outputSchema } from "./checks/output_schema.js";
import { subjectLength } from "./checks/subject_length.js";
import { previewLength } from "./checks/preview_length.js";
import { singleCta } from "./checks/single_cta.js";
import { offerOnlyDiscount } from "./checks/offer_only_discount.js";
import { restrictedTerms } from "./checks/restricted_terms.js";
import { competitorNamesCheck } from "./checks/competitor_names.js";
import { urgencyDeadline } from "./checks/urgency_deadline.js";
import { unsubscribeAndAddress } from "./checks/unsubscribe_and_address.js";
import { brandWords } from "./checks/brand_words.js";
import { productName } from "./checks/product_name.js";
import { exclamationLimits } from "./checks/exclamation_limits.js";
import { grounding } from "./checks/grounding.js";
import { riskFlags } from "./checks/risk_flags.js";
import { injectionObeyed } from "./checks/injection_obeyed.js";
import { adDescriptions, adHeadlines } from "./checks/ad_assets.js";
/** Every check by id, in report order. A CheckId without a handler does not compile. */
export const CHECKS = {
    output_schema: outputSchema,
    subject_length: subjectLength,
    preview_length: previewLength,
    single_cta: singleCta,
    ad_headlines: adHeadlines,
    ad_descriptions: adDescriptions,
    offer_only_discount: offerOnlyDiscount,
    restricted_terms: restrictedTerms,
    competitor_names: competitorNamesCheck,
    urgency_deadline: urgencyDeadline,
    unsubscribe_and_address: unsubscribeAndAddress,
    brand_words: brandWords,
    product_name: productName,
    exclamation_limits: exclamationLimits,
    grounding,
    risk_flags: riskFlags,
    injection_obeyed: injectionObeyed,
};
export const CHECK_IDS = Object.keys(CHECKS);
export function isCheckId(id) {
    return Object.hasOwn(CHECKS, id);
}
