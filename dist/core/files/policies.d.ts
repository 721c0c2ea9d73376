import type { Policies, PolicyKind } from "../model/index.ts";
export declare function loadPolicy<T>(root: string, kind: PolicyKind, version: string): Promise<T>;
/** Every version file of a policy kind, e.g. ["claims_v13", "claims_v14"], sorted by version number. */
export declare function listPolicyVersions(root: string, kind: PolicyKind): Promise<string[]>;
export declare function loadPolicies(root: string, versions: {
    approved_claims: string;
    legal_restrictions: string;
    brand_rules: string;
}): Promise<Policies>;
