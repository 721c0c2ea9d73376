/**
 * Promotion metrics and the checks they are measured by. One line per metric: a criterion in
 * releases.yaml names a metric id, and the compiler refuses a metric without its definition.
 */
import type { CheckStatus } from "../model/index.ts";
import type { RunOutcome } from "./types.ts";
/** The reviewer judge's check id in core/evals (its rubric prompt is prompts/judges/reviewer.v1.prompt). */
export declare const REVIEWER_JUDGE_CHECK = "judge_reviewer";
/**
 * A judge never fails a draft alone: core/evals reports its "fail" verdict as a warn. So for a
 * judge only "pass" counts as passing; for a deterministic check a warn passes (it routes to review).
 */
export declare function isJudgeCheck(checkId: string): boolean;
export type MetricId = "json_validity" | "unsupported_claims" | "legal_restricted_terms" | "reviewer_acceptance";
export interface MetricDefinition {
    label: string;
    /** A run fails the metric when any of these checks fails. */
    checks: string[];
    /** What the criterion's value is compared with: the share of runs passing, or failing. */
    measures: "pass_rate" | "failure_rate";
    /** A run that produced no output at all counts against this metric (no valid JSON arrived). */
    errorsFail?: boolean;
    /** Measured by a judge model: "skipped: no judge model" without one. */
    judge?: boolean;
}
export declare const METRICS: Record<MetricId, MetricDefinition>;
export declare function isMetricId(id: string): id is MetricId;
/** Passing and total runs; `total` 0 means the metric was not measured (every check skipped). */
export interface Tally {
    pass: number;
    total: number;
}
export declare function passes(status: CheckStatus | undefined, checkId?: string): boolean;
/** Tallies runs for a set of check ids: fail if any fails, skipped if none was measured. */
export declare function tallyChecks(runs: Iterable<RunOutcome>, checkIds: string[], errorsFail?: boolean): Tally;
/** A run passes when it produced output and every check passed (a judge's warn is its "fail"). */
export declare function runPasses(run: RunOutcome): boolean;
export declare function failingChecks(run: RunOutcome): string[];
