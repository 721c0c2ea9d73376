import type { ApprovedClaim } from "../../model/index.ts";
import type { Check, CheckContext } from "../types.ts";
export interface UnsupportedClaim {
    kind: "number" | "integration" | "feature";
    text: string;
    evidence: string;
}
/** Claims the copy makes that neither this brief nor (for `registryOnly`) the whole registry supports. */
export declare function groundingGaps(draft: Record<string, unknown>, ctx: CheckContext): {
    unsupported: UnsupportedClaim[];
    registryOnly: UnsupportedClaim[];
};
/** Every number, integration and feature claim traces to an approved claim, the offer or the brief. */
export declare const grounding: Check;
/** Brief claims the copy relies on (a number, integration or feature they cover appears). */
export declare function claimsUsedBy(draft: Record<string, unknown>, ctx: CheckContext): ApprovedClaim[];
