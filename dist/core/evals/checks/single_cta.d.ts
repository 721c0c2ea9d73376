import type { Check } from "../types.ts";
/** Exactly one call to action: the brief's text, once in the body, and no second button or ask. */
export declare const singleCta: Check;
