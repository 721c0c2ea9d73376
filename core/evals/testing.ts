/** Test support: the example campaign's check context, loaded from the repository's own files. */
import { fileURLToPath } from "node:url";
import { loadCampaign, loadPolicies } from "../files/index.ts";
import { loadPromptRegistry } from "../prompts/index.ts";
import type { Campaign } from "../model/index.ts";
import type { CheckContext } from "./types.ts";
import { checkContextFor } from "./context.ts";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export async function exampleCampaignContext(dir = "campaigns/trial-expiration-3d", extra: { usageSummary?: string; crmNotes?: string[] } = {}): Promise<{ campaign: Campaign; ctx: CheckContext }> {
  const campaign = await loadCampaign(REPO_ROOT, dir);
  const policies = await loadPolicies(REPO_ROOT, campaign.policies);
  const registry = await loadPromptRegistry(REPO_ROOT);
  const outputSchema = registry.resolve(campaign.prompt).outputSchema;
  return { campaign, ctx: checkContextFor({ campaign, policies, outputSchema, ...extra }) };
}
