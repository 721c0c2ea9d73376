/**
 * Promotion metrics and the checks they are measured by. One line per metric: a criterion in
 * releases.yaml names a metric id, and the compiler refuses a metric without its definition.
 */
import type { CheckStatus } from "../model/index.ts";
import type { RunOutcome } from "./types.ts";

/** The reviewer judge's check id in core/evals (its rubric prompt is prompts/judges/reviewer.v1.prompt). */
export const REVIEWER_JUDGE_CHECK = "judge_reviewer";

/**
 * A judge never fails a draft alone: core/evals reports its "fail" verdict as a warn. So for a
 * judge only "pass" counts as passing; for a deterministic check a warn passes (it routes to review).
 */
export function isJudgeCheck(checkId: string): boolean {
  return checkId.startsWith("judge_");
}

export type MetricId = "json_validity" | "unsupported_claims" | "legal_restricted_terms" | "reviewer_acceptance";

export interface MetricDefinition {
  label: string;
  /** A run fails the metric when any of these checks fails. */
  checks: string[];
  /** What the criterion's value is compared with: the share of runs passing, or failing. */
  measures: "pass_rate" | "failure_rate";
  /** A run whose answers kept failing validation counts against this metric (no valid JSON arrived). */
  errorsFail?: boolean;
  /** Measured on the first answer: a repaired or fallback answer does not pass. */
  firstAnswer?: boolean;
  /** Measured by a judge model: "skipped: no judge model" without one. */
  judge?: boolean;
}

export const METRICS: Record<MetricId, MetricDefinition> = {
  json_validity: { label: "JSON validity", checks: ["output_schema"], measures: "pass_rate", errorsFail: true, firstAnswer: true },
  unsupported_claims: { label: "Unsupported claims", checks: ["grounding"], measures: "failure_rate" },
  legal_restricted_terms: { label: "Legal restricted terms", checks: ["restricted_terms", "competitor_names"], measures: "failure_rate" },
  reviewer_acceptance: { label: "Reviewer acceptance", checks: [REVIEWER_JUDGE_CHECK], measures: "pass_rate", judge: true },
};

export function isMetricId(id: string): id is MetricId {
  return Object.hasOwn(METRICS, id);
}

/** Passing and total runs; `total` 0 means the metric was not measured (every check skipped). */
export interface Tally {
  pass: number;
  total: number;
}

export function passes(status: CheckStatus | undefined, checkId = ""): boolean {
  return status === "pass" || (status === "warn" && !isJudgeCheck(checkId));
}

/**
 * Tallies runs for a set of check ids: fail if any fails, skipped if none was measured. A run lost
 * to the endpoint (or the run's budget) is not measured by any metric: it says nothing about the
 * prompt, and the report counts it as lost instead.
 */
export function tallyChecks(runs: Iterable<RunOutcome>, checkIds: string[], errorsFail = false, firstAnswer = false): Tally {
  const tally: Tally = { pass: 0, total: 0 };
  for (const run of runs) {
    if (!run.ok) {
      if (errorsFail && (run.failure ?? "content") === "content") tally.total++;
      continue;
    }
    if (firstAnswer && run.answer && !run.answer.first_valid) {
      tally.total++;
      continue;
    }
    const measured = checkIds.filter((id) => run.checks[id] !== undefined && run.checks[id] !== "skipped");
    if (measured.length === 0) {
      // json_validity: the output arrived and parsed, even where no schema check reported.
      if (errorsFail) { tally.total++; tally.pass++; }
      continue;
    }
    tally.total++;
    if (measured.every((id) => passes(run.checks[id], id))) tally.pass++;
  }
  return tally;
}

/** A run passes when it produced output and every check passed (a judge's warn is its "fail"). */
export function runPasses(run: RunOutcome): boolean {
  return run.ok && Object.entries(run.checks).every(([id, s]) => s === "skipped" || passes(s, id));
}

/** Runs that ended without output because of the endpoint or the run's budget, not their content. */
export function lostToEndpoint(run: RunOutcome): boolean {
  return !run.ok && (run.failure === "endpoint" || run.failure === "budget");
}

export function failingChecks(run: RunOutcome): string[] {
  if (!run.ok) return [`no output (${run.stage} error)`];
  return Object.entries(run.checks).filter(([id, s]) => s !== "skipped" && !passes(s, id)).map(([id]) => id);
}
