import type { Check } from "../types.ts";
/** The brand's banned words, in any inflection or spacing ("game changer", "supercharged"). */
export declare const brandWords: Check;
