import { checkCampaign } from "./check-campaign.js";
import { checkDataset } from "./check-dataset.js";
import { checkDrafts } from "./check-drafts.js";
import { checkFallback } from "./check-fallback.js";
import { policyCheck } from "./check-policy.js";
import { checkPrompt } from "./check-prompt.js";
import { checkReleases } from "./check-releases.js";
import { checkSource } from "./check-source.js";
/** Which check reads which repository path (posix, relative to the root). A new file kind is one line here. */
const FILE_KINDS = [
    { pattern: /^campaigns\/[^/]+\/campaign\.yaml$/, check: checkCampaign },
    { pattern: /^campaigns\/[^/]+\/drafts\.json$/, check: checkDrafts },
    { pattern: /^prompts\/[^/]+\/releases\.yaml$/, check: checkReleases },
    { pattern: /^prompts\/[^/]+\/[^/]+\.prompt$/, check: checkPrompt },
    { pattern: /^prompts\/[^/]+\/[^/]+\.hbs$/, check: checkFallback },
    { pattern: /^policies\/claims\/[^/]+\.yaml$/, check: policyCheck("claims") },
    { pattern: /^policies\/legal\/[^/]+\.yaml$/, check: policyCheck("legal") },
    { pattern: /^policies\/brand\/[^/]+\.yaml$/, check: policyCheck("brand") },
    { pattern: /^sources\/[^/]+\.yaml$/, check: checkSource },
    // snapshots are source data with their own contract (copygate freshness), not a dataset of briefs
    { pattern: /^datasets\/(?!snapshots\/)[^/]+\/[^/]+\.jsonl$/, check: checkDataset },
];
export function checkFor(file) {
    return FILE_KINDS.find((kind) => kind.pattern.test(file))?.check;
}
