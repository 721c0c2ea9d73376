import type { Check, CheckContext } from "../types.ts";
/** Competitor names have their own check, with the case rules that names like "Mode" need. */
export declare const COMPETITOR_RESTRICTION_ID = "no_competitors";
interface TermHit {
    term: string;
    rule: string;
    evidence: string;
}
export declare function restrictedTermHits(draft: Record<string, unknown>, ctx: CheckContext): TermHit[];
/** Legal's banned terms: guarantees, "free" outside "free trial", security and compliance claims. */
export declare const restrictedTerms: Check;
export {};
