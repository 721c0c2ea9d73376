import type { ApprovedClaim } from "../model/index.ts";
import type { CheckContext } from "./types.ts";
/**
 * The approved claims this brief may use. The brief lists claim ids; a claim text that is not an
 * id is taken as the claim itself, so callers holding only texts (the prompt input) work too.
 */
export declare function briefClaims(ctx: CheckContext): ApprovedClaim[];
export declare function briefClaimTexts(ctx: CheckContext): string[];
/** Approved in the registry but not chosen for this brief: sayable only after a reviewer agrees. */
export declare function registryOnlyClaims(ctx: CheckContext): ApprovedClaim[];
