import { join } from "node:path";
import { loadCampaign, loadPolicies } from "../files/index.ts";
import { contentHash } from "../hash.ts";
import type { Campaign, Policies } from "../model/index.ts";
import { loadPromptRegistry } from "../prompts/index.ts";
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

export async function loadCampaignContext(root: string, campaignDir: string): Promise<CampaignContext> {
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
    // The rollout block moves a version between stages; it changes no copy, so a stage move leaves the drafts current.
    campaignHash: contentHash({ ...campaign, rollout: undefined }),
    policyHashes: {
      [policies.claims.version]: contentHash(policies.claims),
      [policies.legal.version]: contentHash(policies.legal),
      [policies.brand.version]: contentHash(policies.brand),
    },
  };
}

export function draftsPath(campaignDir: string): string {
  return join(campaignDir, "drafts.json");
}

/** The model name without Dotprompt's provider prefix: "openai/gpt-4.1" → "gpt-4.1". */
export function modelName(prompt: Pick<PromptVersion, "model">): string {
  return prompt.model.replace(/^[a-z-]+\//, "");
}
