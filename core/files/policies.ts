import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { ApprovedClaims, BrandRules, LegalRestrictions, Policies, PolicyKind } from "../model/index.ts";
import { readYamlFile } from "./yaml.ts";

const FOLDER: Record<PolicyKind, string> = {
  approved_claims: "policies/claims",
  legal_restrictions: "policies/legal",
  brand_rules: "policies/brand",
};

export async function loadPolicy<T>(root: string, kind: PolicyKind, version: string): Promise<T> {
  return readYamlFile<T>(root, join(FOLDER[kind], `${version}.yaml`));
}

/** Every version file of a policy kind, e.g. ["claims_v13", "claims_v14"], sorted by version number. */
export async function listPolicyVersions(root: string, kind: PolicyKind): Promise<string[]> {
  const names = await readdir(join(root, FOLDER[kind])).catch(() => [] as string[]);
  return names
    .filter((n) => n.endsWith(".yaml"))
    .map((n) => n.slice(0, -5))
    .sort((a, b) => versionNumber(a) - versionNumber(b));
}

function versionNumber(version: string): number {
  return Number(/_v(\d+)$/.exec(version)?.[1] ?? 0);
}

export async function loadPolicies(root: string, versions: { approved_claims: string; legal_restrictions: string; brand_rules: string }): Promise<Policies> {
  const [claims, legal, brand] = await Promise.all([
    loadPolicy<ApprovedClaims>(root, "approved_claims", versions.approved_claims),
    loadPolicy<LegalRestrictions>(root, "legal_restrictions", versions.legal_restrictions),
    loadPolicy<BrandRules>(root, "brand_rules", versions.brand_rules),
  ]);
  return { claims, legal, brand };
}
