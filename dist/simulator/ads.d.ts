import type { SimBrief } from "./brief.ts";
import type { Choices } from "./random.ts";
/**
 * Responsive search ads from the brief: short headlines (≤ 30 characters, no duplicates) and
 * descriptions (≤ 90) that only restate approved claims, the offer and the call to action.
 */
export interface AdsCopy {
    headlines: string[];
    descriptions: string[];
}
export declare const HEADLINE_MAX = 30;
export declare const DESCRIPTION_MAX = 90;
export declare function writeAds(brief: SimBrief, choose: Choices, counts: {
    headlines: number;
    descriptions: number;
}): AdsCopy;
