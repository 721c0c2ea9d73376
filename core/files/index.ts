/**
 * Loading the repository's files. Every loader names the file (relative to the repository root)
 * in its errors. Schema validation with line numbers lives in core/validate.
 */
export { loadCampaign, campaignPath } from "./campaign.ts";
export { loadPolicies, loadPolicy, listPolicyVersions } from "./policies.ts";
export { loadSourceDefinition } from "./sources.ts";
export { loadReleases } from "./releases.ts";
export { readYamlFile } from "./yaml.ts";
export type { Releases } from "./releases.ts";
export { resolveInRepo, resolveInRepoSync, readRepoText, normalizeFileText, RepoFileError, MAX_FILE_BYTES } from "./boundary.ts";
export type { PathReference } from "./boundary.ts";
