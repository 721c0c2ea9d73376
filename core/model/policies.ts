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
}
