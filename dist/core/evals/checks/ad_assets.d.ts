import type { Check } from "../types.ts";
export declare const adHeadlines: Check;
export declare const adDescriptions: Check;
