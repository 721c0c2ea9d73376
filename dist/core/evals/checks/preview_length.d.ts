import type { Check } from "../types.ts";
/** Preview text long enough to show in the inbox and short enough not to be cut off. */
export declare const previewLength: Check;
