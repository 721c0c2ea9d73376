import type { Check } from "./types.ts";
import { CHECK_IDS, isCheckId, type CheckId } from "./check-ids.ts";
import { outputSchema } from "./checks/output_schema.ts";
import { subjectLength } from "./checks/subject_length.ts";
import { previewLength } from "./checks/preview_length.ts";
import { singleCta } from "./checks/single_cta.ts";
import { offerOnlyDiscount } from "./checks/offer_only_discount.ts";
import { restrictedTerms } from "./checks/restricted_terms.ts";
import { competitorNamesCheck } from "./checks/competitor_names.ts";
import { urgencyDeadline } from "./checks/urgency_deadline.ts";
import { unsubscribeAndAddress } from "./checks/unsubscribe_and_address.ts";
import { brandWords } from "./checks/brand_words.ts";
import { productName } from "./checks/product_name.ts";
import { exclamationLimits } from "./checks/exclamation_limits.ts";
import { grounding } from "./checks/grounding.ts";
import { riskFlags } from "./checks/risk_flags.ts";
import { injectionObeyed } from "./checks/injection_obeyed.ts";
import { adDescriptions, adHeadlines } from "./checks/ad_assets.ts";
import { invisibleCharacters } from "./checks/invisible_characters.ts";
import { links } from "./checks/links.ts";
import { sentenceGrounding } from "./checks/sentence_grounding.ts";
import { offerTerms } from "./checks/offer_terms.ts";
import { placeholders } from "./checks/placeholders.ts";
import { personalData } from "./checks/personal_data.ts";
import { selfReference } from "./checks/self_reference.ts";

/** Every check by id. A CheckId without a handler does not compile; report order is CHECK_IDS's. */
export const CHECKS: Record<CheckId, Check> = {
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
  sentence_grounding: sentenceGrounding,
  offer_terms: offerTerms,
  placeholders,
  personal_data: personalData,
  self_reference: selfReference,
  risk_flags: riskFlags,
  injection_obeyed: injectionObeyed,
  invisible_characters: invisibleCharacters,
  links,
};

export { CHECK_IDS, isCheckId };
