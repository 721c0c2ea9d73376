/** campaign.yaml — the brief and its data contract. Parsed and validated by core/files. */
export type FailureBehaviour = "stop" | "generic_variant" | "review";
export type Period = "minute" | "hour" | "day";
export interface Duration {
  count: number;
  period: Period;
}
export interface FreshnessRule {
  warn_after?: Duration;
  error_after?: Duration;
}

/** A data-contract input backed by a source definition in sources/<name>.yaml. */
export interface SourceInput {
  source: string;
  required?: boolean;
  freshness?: FreshnessRule;
  on_failure: FailureBehaviour;
}
/** A data-contract input backed by a policy document in policies/. */
export interface PolicyInput {
  policy: PolicyKind;
  require?: "latest_approved";
  freshness?: FreshnessRule;
  on_failure: FailureBehaviour;
}
export type ContractInput = SourceInput | PolicyInput;

export type PolicyKind = "approved_claims" | "legal_restrictions" | "brand_rules";
export type RiskLevel = "low" | "medium" | "high";
export type ChannelKind = "email" | "search_ad" | "landing_page" | "social";

export interface EmailChannel {
  kind: "email";
  subject_max_chars: number;
  preview_min_chars: number;
  preview_max_chars: number;
  requires_unsubscribe: boolean;
  requires_postal_address: boolean;
}
export interface SearchAdChannel {
  kind: "search_ad";
  headline_max_chars: number;
  headlines_min: number;
  headlines_max: number;
  description_max_chars: number;
  descriptions_min: number;
  descriptions_max: number;
  path_max_chars?: number;
}
export type Channel = EmailChannel | SearchAdChannel;

export interface Offer {
  code: string;
  summary: string;
  discount_percent: number;
  duration_months?: number;
  plan?: string;
  expires_at: string;
}

export interface Brief {
  id: string;
  goal: string;
  key_message: string;
  cta_text: string;
  cta_url?: string;
  claims: string[];
  deadline?: "trial_end" | "offer_end" | "none";
  [extra: string]: unknown;
}

export interface Campaign {
  id: string;
  name: string;
  workflow: string;
  /** `workflow@production` or `workflow@8`. */
  prompt: string;
  channel: Channel;
  audience?: {
    segment: string;
    input: string;
    expect?: Record<string, unknown>;
  };
  policies: {
    approved_claims: string;
    legal_restrictions: string;
    brand_rules: string;
  };
  contract: Record<string, ContractInput>;
  offer?: Offer;
  brief: Brief;
  variants?: { by?: string; generic?: boolean };
  /**
   * Models tried in order when the prompt's model keeps failing, before the approved fallback template.
   * commit_fallback_template: the bot's `/copygate generate` may commit fallback-template drafts when
   * no model answers (off by default: it commits nothing and says so).
   */
  generation?: { fallback_models?: string[]; commit_fallback_template?: boolean };
  /** "default" or a list of check ids. */
  evals: "default" | string[];
  approval: Record<RiskLevel, string[]>;
  /** The email template (MJML) the drafts are rendered through; `<campaign>/email.mjml` when not named. */
  email?: {
    /** Repository-relative path, e.g. templates/lifecycle.mjml. */
    template?: string;
    /** The unsubscribe link the template places; defaults to the publish target's own unsubscribe tag. */
    unsubscribe_url?: string;
  };
  publish: PublishSettings;
  rollout?: Rollout;
}

/** Where a prompt version stands on its way to production; each move is one pull request. */
export type RolloutStage = "offline" | "internal" | "shadow" | "test" | "production";

/** A business metric the candidate must improve (superiority) or not lose by more than margin_pp (non_inferiority). */
export interface RolloutGoal {
  metric: string;
  test?: "superiority" | "non_inferiority";
  margin_pp?: number;
}

/** Where per-arm results come from: a file beside campaign.yaml, or a source in sources/ (file, postgres, http). */
export type ResultsInput = { file: string } | { source: string };

export interface Rollout {
  stage: RolloutStage;
  /** The prompt version under test; the test arm gets its drafts, the rest production's. */
  candidate?: number;
  /** Share of the audience in the test arm, in percent (5–10 by default). */
  test_percent?: number;
  /** Mixed into every recipient's hash so arms are stable across runs; default: the campaign id. */
  salt?: string;
  /** Shorthand for a superiority goal on one metric. */
  primary_metric?: string;
  goals?: RolloutGoal[];
  guardrails?: { metric: string; max_worse_pp: number }[];
  /** One-sided significance level of every criterion (default 0.05). */
  alpha?: number;
  /** Power the "more recipients needed" answer aims at (default 0.8). */
  power?: number;
  /** Always-valid confidence sequences, so a running test may be read every day. */
  sequential?: boolean | { tuning: number };
  results?: ResultsInput;
  /** Shadow mode: the copy actually sent (a JSON file beside campaign.yaml, or a source), beside which the candidate generates. */
  shadow?: { sent: string } | { source: string };
}

/** campaign.yaml `publish`: the target, its mode, and the settings of vendor targets (credentials by env variable name, never the secret). */
export interface PublishSettings {
  target: string;
  mode: "draft" | "schedule";
  send_at?: string;
  /** Hold a schedule as a draft until `/copygate schedule` from the required group (high risk always does). */
  final_gate?: boolean;
  /** Which of a variant's subject lines is published (1-based; default the first). */
  subject_line?: number;
  /** outbox target: the folder (default .copygate/outbox, or COPYGATE_OUTBOX_DIR). */
  outbox_dir?: string;
  /** webhook target: where to POST and which environment variable holds the signing secret. */
  webhook?: { url?: string; url_env?: string; secret_env?: string };
  /** Env variable holding the platform's API key (sendgrid, customerio, mailchimp). */
  api_key_env?: string;
  /** The platform's audience per variant: audience key ("personalized:admin", "generic") → list/segment id. */
  audiences?: Record<string, string>;
  /** SendGrid: verified sender id; Customer.io: from_id. */
  sender_id?: number;
  /** SendGrid: unsubscribe (suppression) group id. */
  suppression_group_id?: number;
  /** Customer.io: `us` (default) or `eu`. */
  region?: "us" | "eu";
  /** Mailchimp: the audience (list) id the segments belong to. */
  list_id?: string;
  /** Mailchimp: sender name and reply-to address. */
  from_name?: string;
  reply_to?: string;
}
