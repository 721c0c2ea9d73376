import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { readYamlFile } from "./yaml.js";
const FOLDER = {
    approved_claims: "policies/claims",
    legal_restrictions: "policies/legal",
    brand_rules: "policies/brand",
};
export async function loadPolicy(root, kind, version) {
    return readYamlFile(root, join(FOLDER[kind], `${version}.yaml`));
}
/** Every version file of a policy kind, e.g. ["claims_v13", "claims_v14"], sorted by version number. */
export async function listPolicyVersions(root, kind) {
    const names = await readdir(join(root, FOLDER[kind])).catch(() => []);
    return names
        .filter((n) => n.endsWith(".yaml"))
        .map((n) => n.slice(0, -5))
        .sort((a, b) => versionNumber(a) - versionNumber(b));
}
function versionNumber(version) {
    return Number(/_v(\d+)$/.exec(version)?.[1] ?? 0);
}
export async function loadPolicies(root, versions) {
    const [claims, legal, brand] = await Promise.all([
        loadPolicy(root, "approved_claims", versions.approved_claims),
        loadPolicy(root, "legal_restrictions", versions.legal_restrictions),
        loadPolicy(root, "brand_rules", versions.brand_rules),
    ]);
    return { claims, legal, brand };
}
