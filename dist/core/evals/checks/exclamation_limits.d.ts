import type { Check } from "../types.ts";
/** At most the brand's number of exclamation marks in the body (subject lines: subject_length). */
export declare const exclamationLimits: Check;
