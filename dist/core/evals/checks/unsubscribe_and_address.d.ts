import type { Check } from "../types.ts";
/** The email footer the law requires: an unsubscribe phrase and the physical mailing address. */
export declare const unsubscribeAndAddress: Check;
