/**
 * The ids of every check, in report order, apart from their code: `copygate validate` checks a
 * campaign's eval list against them without loading the checks (and the language tagger they use).
 * registry.ts maps each id to its handler; an id here without a handler does not compile.
 */
export const CHECK_IDS = [
  "output_schema",
  "subject_length",
  "preview_length",
  "single_cta",
  "ad_headlines",
  "ad_descriptions",
  "offer_only_discount",
  "restricted_terms",
  "competitor_names",
  "urgency_deadline",
  "unsubscribe_and_address",
  "brand_words",
  "product_name",
  "exclamation_limits",
  "grounding",
  "sentence_grounding",
  "offer_terms",
  "placeholders",
  "personal_data",
  "self_reference",
  "risk_flags",
  "injection_obeyed",
  "invisible_characters",
  "links",
] as const;

/** Every check the registry knows. */
export type CheckId = (typeof CHECK_IDS)[number];

const known: ReadonlySet<string> = new Set(CHECK_IDS);

export function isCheckId(id: string): id is CheckId {
  return known.has(id);
}
