/** policies/** — each document versioned and approved. */
interface PolicyDocument {
  version: string;
  status: "approved" | "draft" | "archived";
  approved_by: string[];
  approved_at: string;
}
export interface ApprovedClaim {
  id: string;
  text: string;
  /** What the claim makes sayable: integrations, features and numbers the grounding check accepts. */
  covers?: { integrations?: string[]; features?: string[]; numbers?: string[] };
}
export interface ApprovedClaims extends PolicyDocument {
  kind: "approved_claims";
  claims: ApprovedClaim[];
}
export interface LegalRestriction {
  id: string;
  rule: string;
  banned_terms?: string[];
  allowed_phrases?: string[];
  channels?: string[];
  unsubscribe_phrases?: string[];
  postal_address?: string;
  /** Domains (and their subdomains) copy may link to besides the brief's cta_url. */
  allowed_domains?: string[];
}
export interface LegalRestrictions extends PolicyDocument {
  kind: "legal_restrictions";
  restrictions: LegalRestriction[];
}
export interface BrandRules extends PolicyDocument {
  kind: "brand_rules";
  last_reviewed_at: string;
  voice: string;
  banned_words: string[];
  product_name: { canonical: string; forbidden_forms: string[] };
  punctuation: { subject_exclamation_max: number; body_exclamation_max: number };
  email?: {
    subject_max_chars: number;
    subject_target_chars?: number;
    preview_min_chars: number;
    preview_max_chars: number;
    cta_count: number;
  };
}
export interface Policies {
  claims: ApprovedClaims;
  legal: LegalRestrictions;
  brand: BrandRules;
  /** The latest approved grounding rules (policies/grounding); absent in a repository without them. */
  grounding?: GroundingRules;
}

/**
 * policies/grounding/grounding_vN.yaml: what counts as a claim of each kind (customer reference,
 * comparison, price urgency, promise, time promise, capability, security), synonyms of legal's
 * restricted terms and the marks of a model talking about itself. Legal extends them by pull request.
 */
export interface GroundingClaimKind {
  id: string;
  /** How a reviewer reads the kind, e.g. "customer reference". */
  label: string;
  /** Plain phrases, matched word by word, case-insensitively, with plural and verb endings. */
  phrases?: string[];
  /** Regular expressions (case-insensitive) for cues a phrase cannot express. */
  patterns?: string[];
  /** Phrases that contain a cue but make no claim ("the hardest part" of the reader's own work). */
  allowed?: string[];
  /** A cue made of two parts in one clause: a topic ("discount") and what is said of it ("going up"). */
  paired?: { topic: string[]; cue: string[] };
  /** The kind's cues are allowed in a sentence that names the offer's real expiry date. */
  allowed_with_deadline?: boolean;
}
export interface GroundingRules extends PolicyDocument {
  kind: "grounding_rules";
  /** The product's plan names: a plan named beside the offer must be the offer's plan. */
  plans: string[];
  claim_kinds: GroundingClaimKind[];
  /** More words for a restricted term: each list is enforced like the restriction's banned terms. */
  restricted_synonyms: { restriction: string; terms: string[] }[];
  /** Leftovers of a model writing about itself, its instructions or the draft. */
  self_reference: { phrases?: string[]; patterns?: string[] };
}
