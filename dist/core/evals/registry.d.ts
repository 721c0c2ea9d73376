import type { Check, CheckId } from "./types.ts";
/** Every check by id, in report order. A CheckId without a handler does not compile. */
export declare const CHECKS: Record<CheckId, Check>;
export declare const CHECK_IDS: CheckId[];
export declare function isCheckId(id: string): id is CheckId;
