import type { Check } from "../types.ts";
/** The campaign's offer is the only discount: no other percentage off, code, price or deal. */
export declare const offerOnlyDiscount: Check;
