/**
 * The eval suite's data: cases from the datasets, the outcome of each run, and the results file
 * that carries everything a report is re-made from (so shards can be merged later).
 * These types are structural on purpose: the suite does not import the prompt, generate or evals
 * stages, it receives them as collaborators (see runner.ts).
 */
import type { CheckStatus } from "../model/index.ts";

export type ReviewerDecision = "accept" | "reject";

/** One row of a dataset file: a prompt input plus what happened to the historical copy. */
export interface SuiteCase {
  id: string;
  /** Position in the whole case list (all datasets, in order): merged shards sort by it. */
  index: number;
  input: Record<string, unknown>;
  reviewerDecision?: ReviewerDecision;
  outcome?: unknown;
  source: { file: string; line: number };
}

export type VersionRole = "candidate" | "baseline";
export const VERSION_ROLES: readonly VersionRole[] = ["candidate", "baseline"];

/** What the suite needs of a prompt version (core/prompts PromptVersion satisfies it). */
export interface SuitePrompt {
  workflow: string;
  version: number;
  ref: string;
  hash: string;
}

/**
 * How a run's answer was obtained, recorded only when it was not a plain first answer (kept small
 * for big suites): JSON validity counts first answers, so a repair or fallback never passes for one.
 */
export interface AnswerSummary {
  first_valid: boolean;
  repaired?: boolean;
  /** Resends after endpoint failures (429, 5xx, timeout, connection). */
  resent?: number;
  fallback_model?: string;
}

/** Why a run ended without output: its content kept failing, or the endpoint (or the run's budget) stopped it. */
export type RunFailure = "content" | "endpoint" | "budget";

/** One run of one case through one prompt version: checks' statuses, or a recorded error. */
export type RunOutcome =
  | {
      ok: true;
      /** check id → status, in the order the pipeline returned them. */
      checks: Record<string, CheckStatus>;
      /** check id → message, only for checks that did not pass (kept small for big suites). */
      messages?: Record<string, string>;
      cached?: boolean;
      /** Absent: the first answer was valid, with no resend. */
      answer?: AnswerSummary;
    }
  | { ok: false; stage: "render" | "generate" | "check"; error: string; failure?: RunFailure };

export interface CaseResult {
  index: number;
  id: string;
  reviewer_decision?: ReviewerDecision;
  candidate: RunOutcome[];
  baseline: RunOutcome[];
}

export interface PromptRef {
  ref: string;
  version: number;
  hash: string;
}

export type ComparisonOp = ">" | ">=" | "<" | "<=" | "==";
export interface Criterion {
  metric: string;
  op: ComparisonOp;
  value: number;
  label: string;
}

export interface DatasetSummary {
  path: string;
  cases: number;
}

export interface RunStats {
  calls: number;
  cache_hits: number;
  retries: number;
  rate_limited: number;
  /** Repair turns sent after malformed or schema-invalid answers. */
  repairs?: number;
  /** The line saying the run's call budget or deadline stopped it. */
  budget_spent?: string;
  /** Answers whose check results were reused from an earlier run (same answer, context and code). */
  checks_reused?: number;
}

/** The `--out results.json` file. Everything the report needs, nothing the report does not. */
export interface SuiteResults {
  format: "copygate-eval-results";
  schema_version: 1;
  suite: string;
  workflow: string;
  candidate: PromptRef;
  baseline: PromptRef;
  datasets: DatasetSummary[];
  /** Hash over every case id and input: shards of different datasets refuse to merge. */
  dataset_hash: string;
  total_cases: number;
  repeat: number;
  /** The generation model both versions ran on (absent in results files written before it was recorded). */
  model?: string;
  /** The endpoint's host (never its path or key), absent in older results files. */
  endpoint?: string;
  /** The judge model, or null when none was configured (reviewer acceptance is then skipped). */
  judge: string | null;
  criteria: Criterion[];
  check_labels: Record<string, string>;
  shard: { index: number; count: number } | null;
  cases: CaseResult[];
  /** Informational (calls, cache hits): never part of the report, so merged equals unsharded. */
  stats: RunStats;
}
