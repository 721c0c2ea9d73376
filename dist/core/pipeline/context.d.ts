import type { Campaign, Policies } from "../model/index.ts";
import type { PromptRegistry, PromptVersion } from "../prompts/index.ts";
/** Everything a run needs to know about one campaign before it touches any data source. */
export interface CampaignContext {
    root: string;
    /** Repository-relative campaign folder, e.g. "campaigns/trial-expiration-3d". */
    campaignDir: string;
    campaign: Campaign;
    policies: Policies;
    registry: PromptRegistry;
    prompt: PromptVersion;
    /** Hash of the parsed campaign.yaml: comments and formatting do not make drafts stale. */
    campaignHash: string;
    policyHashes: Record<string, string>;
}
export declare function loadCampaignContext(root: string, campaignDir: string): Promise<CampaignContext>;
export declare function draftsPath(campaignDir: string): string;
/** The model name without Dotprompt's provider prefix: "openai/gpt-4.1" → "gpt-4.1". */
export declare function modelName(prompt: Pick<PromptVersion, "model">): string;
