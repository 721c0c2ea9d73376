import type { FreshnessDecision, InputVerdict } from "../../model/index.ts";
/**
 * What one input's verdict asks for. An error applies the input's failure behaviour; a warning
 * routes `review` inputs to review and sends `generic_variant` inputs' stale recipients to the
 * generic variant, but never stops; an unreadable required input stops whatever its behaviour.
 */
export declare function consequenceOf(verdict: InputVerdict, required: boolean): FreshnessDecision;
export declare function mostCautious(decisions: FreshnessDecision[]): FreshnessDecision;
/** "12 percent", with the edges said honestly: a single stale recipient out of 500 is not "0 percent". */
export declare function percentOf(part: number, whole: number): string;
/** "product_usage" → "Product usage". */
export declare function inputLabel(name: string): string;
/** The field order first (source, max_age_hours, actual_age_hours, status), then the details. */
export declare function orderedVerdict(verdict: InputVerdict): InputVerdict;
