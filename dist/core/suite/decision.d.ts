/**
 * Promote or not, with reasons a reviewer can check. Only the criteria decide; a criterion that
 * was not measured blocks (never guessed), and an inconclusive one decides by what was observed
 * and says that it is inconclusive.
 */
import { type CriterionOutcome } from "./criteria.ts";
export interface Decision {
    promote: boolean;
    /** The blocking criteria's labels (empty when promoting). */
    blocking: string[];
}
export declare function decide(criteria: CriterionOutcome[]): Decision;
/** "met", "not met", "met as observed, inconclusive", "not met, inconclusive", "not measured". */
export declare function verdictWord(outcome: CriterionOutcome): string;
/** "observed 86 percent (103 of 120 runs passed), 95% interval 79–91 percent" */
export declare function evidence(outcome: CriterionOutcome): string;
/** One line a criterion: "not met: Unsupported claims below 0.5 percent; observed …". */
export declare function describeCriterion(outcome: CriterionOutcome): string;
