import { type MetricId, type Tally } from "./metrics.ts";
import type { Criterion } from "./types.ts";
import { type Interval } from "./wilson.ts";
export type CriterionStatus = "pass" | "fail" | "inconclusive" | "skipped";
export interface CriterionOutcome {
    criterion: Criterion;
    metric: MetricId;
    status: CriterionStatus;
    /** The observed rate in the criterion's own terms (failure rate for unsupported claims). */
    observed: number;
    /** Runs counted in `observed`'s numerator, and all runs measured. */
    count: number;
    total: number;
    interval: Interval;
    /** Whether the observed rate itself meets the criterion (decides an inconclusive one). */
    observedMeets: boolean;
    skippedReason?: string;
}
/** Refuses criteria the suite cannot measure, naming the field in releases.yaml. */
export declare function validateCriteria(criteria: unknown[], file: string): Criterion[];
export declare function evaluateCriterion(criterion: Criterion, tally: Tally, skippedReason?: string): CriterionOutcome;
/** Blocks promotion: failed, not measured, or inconclusive with the observed rate on the wrong side. */
export declare function blocksPromotion(outcome: CriterionOutcome): boolean;
