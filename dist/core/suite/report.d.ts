/**
 * The suite report, derived only from a results file: the same results always give the same
 * report, which is what makes merged shards identical to an unsharded run.
 */
import { type CriterionOutcome } from "./criteria.ts";
import { type Decision } from "./decision.ts";
import { type Tally } from "./metrics.ts";
import type { PromptRef, SuiteResults, VersionRole } from "./types.ts";
export interface RateLine {
    id: string;
    label: string;
    candidate: Tally;
    baseline: Tally;
}
export interface ReviewerLine {
    candidate: Tally;
    baseline: Tally;
    /** Judge verdicts on baseline runs that agree with the dataset's recorded reviewer decisions. */
    agreement: Tally;
}
export interface CaseChange {
    id: string;
    candidate: Tally;
    baseline: Tally;
    /** Checks that failed on the candidate (regressed) or on the baseline (improved). */
    checks: string[];
}
export interface RunError {
    id: string;
    role: VersionRole;
    run: number;
    stage: string;
    error: string;
}
export interface SuiteReport {
    suite: string;
    workflow: string;
    candidate: PromptRef;
    baseline: PromptRef;
    dataset: {
        label: string;
        cases: number;
    };
    repeat: number;
    /** Set on a single shard's report: it decides nothing about the whole suite. */
    shard: {
        index: number;
        count: number;
        cases: number;
    } | null;
    /** Criteria metrics first (JSON validity, unsupported claims, …), then every other check. */
    automated: RateLine[];
    reviewer: ReviewerLine | {
        skipped: string;
    };
    criteria: CriterionOutcome[];
    decision: Decision;
    regressed: CaseChange[];
    improved: CaseChange[];
    /** With --repeat > 1: cases whose runs did not all agree, with per-case pass rates. */
    unstable: CaseChange[];
    errors: RunError[];
}
export declare function buildReport(results: SuiteResults): SuiteReport;
/** "120 historical campaign briefs" (historical_briefs.jsonl), "15 edge cases" (edge_cases.jsonl); several files are listed. */
export declare function datasetLabel(results: Pick<SuiteResults, "datasets" | "total_cases">): string;
