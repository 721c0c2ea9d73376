/**
 * Everything a suite run needs from the repository: the two prompt versions, the datasets, the
 * promotion criteria and the campaign whose channel and policies the checks apply.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../errors.ts";
import { loadCampaign, loadPolicies } from "../files/index.ts";
import type { Campaign, Policies } from "../model/index.ts";
import { loadPromptRegistry, type PromptVersion } from "../prompts/index.ts";
import { validateCriteria } from "./criteria.ts";
import { loadDatasets, type Dataset } from "./dataset.ts";
import type { Criterion } from "./types.ts";

export interface SuiteSetup {
  suite: string;
  workflow: string;
  candidate: PromptVersion;
  baseline: PromptVersion;
  dataset: Dataset;
  criteria: Criterion[];
  campaign: Campaign;
  policies: Policies;
}

export interface SuiteSetupOptions {
  workflow: string;
  /** "8", "v8", "wf@8", "wf:v8". */
  candidate: string;
  /** "production" (default) or a version like the candidate. */
  baseline?: string;
  /** Dataset files; default: promotion.datasets in the workflow's releases.yaml. */
  datasets?: string[];
  /** Campaign folder whose channel and policies the checks use; default: the first using the workflow. */
  campaignDir?: string;
}

export async function prepareSuite(root: string, options: SuiteSetupOptions): Promise<SuiteSetup> {
  const registry = await loadPromptRegistry(root);
  const { workflow } = options;
  if (!registry.workflows().includes(workflow)) {
    throw new InputError(`unknown workflow "${workflow}"`, { hint: `use one of ${registry.workflows().join(", ")}` });
  }
  const releases = registry.releases(workflow);
  const releasesFile = `prompts/${workflow}/releases.yaml`;
  const datasets = options.datasets?.length ? options.datasets : releases.promotion?.datasets ?? [];
  if (datasets.length === 0) throw new InputError(`no dataset for ${workflow}`, { file: releasesFile, field: "promotion.datasets", hint: "list dataset files there, or pass --dataset <file>" });
  const campaign = options.campaignDir ? await loadCampaign(root, options.campaignDir) : await campaignFor(root, workflow);
  const [dataset, policies] = await Promise.all([loadDatasets(root, datasets, { operatorChosen: Boolean(options.datasets?.length) }), loadPolicies(root, campaign.policies)]);
  return {
    suite: releases.promotion?.suite ?? `${workflow}_eval`,
    workflow,
    candidate: registry.resolve(promptRef(workflow, options.candidate)),
    baseline: registry.resolve(promptRef(workflow, options.baseline ?? "production")),
    dataset,
    criteria: validateCriteria(releases.promotion?.criteria ?? [], releasesFile),
    campaign,
    policies,
  };
}

/** "8" / "v8" → "wf@8"; "production" → "wf@production"; a full ref is kept. */
export function promptRef(workflow: string, version: string): string {
  const bare = /^v?(\d+)$/.exec(version);
  if (bare) return `${workflow}@${bare[1]}`;
  if (version === "production") return `${workflow}@production`;
  return version;
}

/** The first campaign (by folder name) that uses the workflow; a folder whose campaign does not load is passed over. */
async function campaignFor(root: string, workflow: string): Promise<Campaign> {
  const dirs = (await readdir(join(root, "campaigns"), { withFileTypes: true }).catch(() => [])).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const dir of dirs) {
    const campaign = await loadCampaign(root, join("campaigns", dir)).catch(() => null);
    if (campaign?.workflow === workflow) return campaign;
  }
  throw new InputError(`no campaign uses the workflow ${workflow}`, { hint: "the checks need a campaign's channel and policies: pass --campaign <dir>" });
}
