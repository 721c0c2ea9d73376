import { closedObject, count, isoDate, policyDocument, schemaId, text, textList } from "./common.ts";

export const claimsSchema = {
  $id: schemaId("claims"),
  title: "copygate approved claims registry (policies/claims/claims_vN.yaml)",
  ...policyDocument("approved_claims", "claims", {
    claims: {
      type: "array",
      minItems: 1,
      items: closedObject(
        {
          id: { type: "string", pattern: "^[a-z0-9_]+$" },
          text,
          covers: closedObject({ integrations: textList, features: textList, numbers: textList }),
        },
        ["id", "text"],
      ),
    },
  }, ["claims"]),
};

export const legalSchema = {
  $id: schemaId("legal"),
  title: "copygate legal restrictions (policies/legal/legal_vN.yaml)",
  ...policyDocument("legal_restrictions", "legal", {
    restrictions: {
      type: "array",
      minItems: 1,
      items: closedObject(
        {
          id: { type: "string", pattern: "^[a-z0-9_]+$" },
          rule: text,
          banned_terms: textList,
          allowed_phrases: textList,
          channels: textList,
          unsubscribe_phrases: textList,
          postal_address: text,
          // Domains copy may link to besides the brief's cta_url (subdomains included).
          allowed_domains: { type: "array", items: { type: "string", pattern: "^[a-z0-9-]+(\\.[a-z0-9-]+)+$" } },
        },
        ["id", "rule"],
      ),
    },
  }, ["restrictions"]),
};

export const brandSchema = {
  $id: schemaId("brand"),
  title: "copygate brand rules (policies/brand/brand_vN.yaml)",
  ...policyDocument("brand_rules", "brand", {
    last_reviewed_at: isoDate,
    voice: text,
    banned_words: textList,
    product_name: closedObject({ canonical: text, forbidden_forms: textList }, ["canonical", "forbidden_forms"]),
    punctuation: closedObject({ subject_exclamation_max: count, body_exclamation_max: count }, ["subject_exclamation_max", "body_exclamation_max"]),
    email: closedObject(
      { subject_max_chars: count, subject_target_chars: count, preview_min_chars: count, preview_max_chars: count, cta_count: count },
      ["subject_max_chars", "preview_min_chars", "preview_max_chars", "cta_count"],
    ),
  }, ["last_reviewed_at", "voice", "banned_words", "product_name", "punctuation"]),
};

const claimKind = closedObject(
  {
    id: { type: "string", pattern: "^[a-z0-9_]+$" },
    label: text,
    phrases: textList,
    patterns: { type: "array", items: { ...text, description: "A regular expression, matched case-insensitively." } },
    allowed: textList,
    allowed_with_deadline: { type: "boolean" },
    paired: closedObject({ topic: { type: "array", items: text, minItems: 1 }, cue: { type: "array", items: text, minItems: 1 } }, ["topic", "cue"]),
  },
  ["id", "label"],
);

export const groundingSchema = {
  $id: schemaId("grounding"),
  title: "copygate grounding rules (policies/grounding/grounding_vN.yaml)",
  ...policyDocument("grounding_rules", "grounding", {
    plans: { type: "array", items: text, minItems: 1 },
    claim_kinds: { type: "array", minItems: 1, items: claimKind },
    restricted_synonyms: {
      type: "array",
      items: closedObject({ restriction: { type: "string", pattern: "^[a-z0-9_]+$" }, terms: { type: "array", items: text, minItems: 1 } }, ["restriction", "terms"]),
    },
    self_reference: closedObject({ phrases: textList, patterns: textList }),
  }, ["plans", "claim_kinds", "restricted_synonyms", "self_reference"]),
};
