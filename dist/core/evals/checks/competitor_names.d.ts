import type { Check } from "../types.ts";
export declare const competitorNamesCheck: Check;
