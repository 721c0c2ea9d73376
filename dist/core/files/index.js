/**
 * Loading the repository's files. Every loader names the file (relative to the repository root)
 * in its errors. Schema validation with line numbers lives in core/validate.
 */
export { loadCampaign, campaignPath } from "./campaign.js";
export { loadPolicies, loadPolicy, listPolicyVersions } from "./policies.js";
export { loadSourceDefinition } from "./sources.js";
export { loadReleases } from "./releases.js";
export { readYamlFile } from "./yaml.js";
