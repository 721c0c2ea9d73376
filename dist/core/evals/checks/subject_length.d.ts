import type { Check } from "../types.ts";
/** Subject lines: within the channel's length and free of exclamation marks (brand rule). */
export declare const subjectLength: Check;
