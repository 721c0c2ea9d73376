import type { CheckStatus, Verdict } from "./draft.ts";
import type { RiskLevel } from "./campaign.ts";

/** One model call (or fallback) of a run, per audience variant; exported as a `chat <model>` span. */
export interface TraceGeneration {
  variant: string; // "personalized:admin", "generic"
  model: string;
  latency_ms: number;
  input_tokens: number;
  output_tokens: number;
  source?: "model" | "fallback_template";
  cached?: boolean;
  /** For a cached answer: the endpoint (scheme, host, path) and model that wrote it, and when. */
  cache_origin?: { endpoint: string; model: string; created_at: string };
  /** The answer needed a repair turn (its first answer failed validation). */
  repaired?: boolean;
  /** Why the fallback template was used. */
  fallback_cause?: "content" | "endpoint" | "budget";
  started_at?: string;
}

/** One JSON record a run, appended to .copygate/traces/<date>.jsonl. Never raw personal data. */
export interface TraceRecord {
  trace_id: string; // trace_<hex>
  kind: "generate" | "check" | "eval" | "publish" | "rollback";
  workflow: string;
  campaign?: string;
  run_id: string;
  started_at: string;
  prompt_version: string; // "trial_expiration_email:v7"
  prompt_hash?: string;
  model: string;
  /** The gen_ai.provider.name of the model API ("openai" for any OpenAI-compatible endpoint). */
  provider?: string;
  temperature?: number;
  parameters?: Record<string, unknown>;
  inputs: Record<string, string>;
  generation: {
    latency_ms: number;
    input_tokens: number;
    output_tokens: number;
    calls: number;
    fallbacks: { variant: string; reason: string; to: string }[];
  };
  /** Per-variant calls, when the run recorded them; the totals above stay the summary. */
  generations?: TraceGeneration[];
  evals: { id: string; status: CheckStatus }[];
  verdict?: Verdict;
  risk_level?: RiskLevel;
  approval: { status: "pending" | "auto_approved" | "escalated" | "approved" | "rejected"; reviewers: string[]; at?: string };
  publish: { status: "not_started" | "blocked" | "published" | "rolled_back" | "failed"; target?: string; reason?: string };
  content_hash?: string;
}
