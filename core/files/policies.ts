import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { ApprovedClaims, BrandRules, GroundingRules, LegalRestrictions, Policies, PolicyKind } from "../model/index.ts";
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
  const [claims, legal, brand, grounding] = await Promise.all([
    loadPolicy<ApprovedClaims>(root, "approved_claims", versions.approved_claims),
    loadPolicy<LegalRestrictions>(root, "legal_restrictions", versions.legal_restrictions),
    loadPolicy<BrandRules>(root, "brand_rules", versions.brand_rules),
    loadGroundingRules(root),
  ]);
  return grounding ? { claims, legal, brand, grounding } : { claims, legal, brand };
}

export const GROUNDING_FOLDER = "policies/grounding";

/**
 * The latest approved grounding rules. They are not pinned by a campaign: like the checks
 * themselves, tightening them applies to every campaign's drafts at the next check.
 */
export async function loadGroundingRules(root: string): Promise<GroundingRules | undefined> {
  const names = await readdir(join(root, GROUNDING_FOLDER)).catch(() => [] as string[]);
  const versions = names.filter((n) => /^grounding_v\d+\.yaml$/.test(n)).map((n) => n.slice(0, -5)).sort((a, b) => versionNumber(b) - versionNumber(a));
  for (const version of versions) {
    const rules = await readYamlFile<GroundingRules>(root, join(GROUNDING_FOLDER, `${version}.yaml`));
    if (rules.status === "approved") return rules;
  }
  return undefined;
}
