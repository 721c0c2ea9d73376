import type { Check, CheckContext } from "../types.ts";
export interface UrgencyProblem {
    phrase: string;
    evidence: string;
}
export declare function urgencyProblems(text: string, ctx: CheckContext): UrgencyProblem[];
/** Urgency only against a real deadline; every date named is one the brief allows. */
export declare const urgencyDeadline: Check;
