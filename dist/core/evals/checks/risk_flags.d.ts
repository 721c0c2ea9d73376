import type { Check } from "../types.ts";
/** The model's own risk flags: any flag sends the draft to a reviewer instead of auto-approval. */
export declare const riskFlags: Check;
