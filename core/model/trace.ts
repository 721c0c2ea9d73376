import type { CheckStatus, Verdict } from "./draft.ts";
import type { RiskLevel } from "./campaign.ts";

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
  evals: { id: string; status: CheckStatus }[];
  verdict?: Verdict;
  risk_level?: RiskLevel;
  approval: { status: "pending" | "auto_approved" | "escalated" | "approved" | "rejected"; reviewers: string[]; at?: string };
  publish: { status: "not_started" | "blocked" | "published" | "rolled_back" | "failed"; target?: string; reason?: string };
  content_hash?: string;
}
