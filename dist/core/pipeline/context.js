import { join } from "node:path";
import { loadCampaign, loadPolicies } from "../files/index.js";
import { contentHash } from "../hash.js";
import { loadPromptRegistry } from "../prompts/index.js";
export async function loadCampaignContext(root, campaignDir) {
    const campaign = await loadCampaign(root, campaignDir);
    const [policies, registry] = await Promise.all([loadPolicies(root, campaign.policies), loadPromptRegistry(root)]);
    const prompt = registry.resolve(campaign.prompt);
    return {
        root,
        campaignDir,
        campaign,
        policies,
        registry,
        prompt,
        campaignHash: contentHash(campaign),
        policyHashes: {
            [policies.claims.version]: contentHash(policies.claims),
            [policies.legal.version]: contentHash(policies.legal),
            [policies.brand.version]: contentHash(policies.brand),
        },
    };
}
export function draftsPath(campaignDir) {
    return join(campaignDir, "drafts.json");
}
/** The model name without Dotprompt's provider prefix: "openai/gpt-4.1" → "gpt-4.1". */
export function modelName(prompt) {
    return prompt.model.replace(/^[a-z-]+\//, "");
}
