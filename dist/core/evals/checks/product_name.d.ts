import type { Check } from "../types.ts";
/** The product name spelled exactly as the brand writes it. */
export declare const productName: Check;
