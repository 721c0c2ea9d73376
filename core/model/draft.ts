import type { RiskLevel } from "./campaign.ts";

/** The output of trial_expiration_email v7+ (the workflow's output schema decides the real shape). */
export interface EmailDraft {
  subject_lines: string[];
  preview_text: string;
  email_body: string;
  cta_text: string;
  rationale: string;
  risk_flags: string[];
}

export type CheckStatus = "pass" | "warn" | "fail" | "skipped";
export interface CheckResult {
  /** Registry id, e.g. "subject_length". */
  id: string;
  /** Human label used in reports, e.g. "Subject line length". */
  label: string;
  status: CheckStatus;
  /** One sentence a marketer can act on. */
  message: string;
  /** The offending text or measured value; never personal data. */
  evidence?: string[];
  /** Which policy this check enforces: "legal" | "brand" | "claims" | "channel" | "schema" | "safety". */
  owner?: string;
}
export type Verdict = "pass" | "review" | "fail";
export interface EvalReport {
  verdict: Verdict;
  risk_level: RiskLevel;
  /** Why the risk level is what it is, one short phrase each (core/evals/risk.ts). */
  risk_reasons?: string[];
  checks: CheckResult[];
}

export interface VariantAudience {
  /** "personalized:admin", "generic", … */
  key: string;
  variant: "personalized" | "generic";
  role?: string;
  recipients: number;
}

export interface DraftVariant {
  audience: VariantAudience;
  /** The model output (or the fallback template output) in the workflow's output schema. */
  content: Record<string, unknown>;
  source: "model" | "fallback_template";
  fallback_reason?: string;
  /** Why the fallback was used: the answers' content, or the endpoint (unreachable, credentials, 429s, 5xx) or the run's budget. */
  fallback_cause?: "content" | "endpoint" | "budget";
  evals: EvalReport;
  /** The email as it will be sent (core/render), when the campaign has an email template. */
  rendered?: RenderedRecord;
}

/** Where a variant's rendered email lives beside drafts.json, and the hashes that bind it to the approval. */
export interface RenderedRecord {
  /** The subject line that is sent (the first of subject_lines). */
  subject: string;
  preview_text: string;
  /** Relative to the campaign folder, e.g. "rendered/personalized-admin.html". */
  html_file: string;
  /** `sha256:<hex>` of the HTML file's bytes. */
  html_hash: string;
  text_file: string;
  text_hash: string;
}

export interface Provenance {
  workflow: string;
  prompt_ref: string;
  prompt_version: number;
  prompt_hash: string;
  model: string;
  parameters: Record<string, unknown>;
  campaign_hash: string;
  policy_versions: Record<string, string>;
  policy_hashes: Record<string, string>;
  input_snapshots: Record<string, { snapshot_hash: string; max_loaded_at: string | null }>;
  /** Hash of every variant's prompt input (the aggregates the model saw): what "inputs changed" means for currency. */
  prompt_inputs_hash: string;
  /** The MJML template the variants were rendered through, when the campaign renders email. */
  email_template?: { path: string; hash: string };
  trace_id: string;
  run_id: string;
  generated_at: string;
}

export interface ApprovalCheckpoint {
  workflow: string;
  run_id: string;
  prompt_version: string;
  audience: string;
  risk_level: RiskLevel;
  verdict: Verdict;
  required_reviewers: string[];
  decision: string;
}

/** campaigns/<id>/drafts.json */
export interface DraftsFile {
  schema_version: 1;
  campaign: string;
  variants: DraftVariant[];
  audience_counts: { personalized: number; generic: number; excluded: number; excluded_reasons: Record<string, number> };
  checkpoint: ApprovalCheckpoint;
  provenance: Provenance;
  /** sha256 over the canonical JSON of the publishable part (variants' audience + content). */
  content_hash: string;
}
