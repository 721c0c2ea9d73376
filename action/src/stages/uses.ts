/** What each campaign in the checkout uses, for mapping changed files to the campaigns they affect. */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { loadCampaign, loadReleases, loadSourceDefinition } from "../../../core/files/index.ts";
import type { Campaign } from "../../../core/model/index.ts";
import type { CampaignUse, RepositoryUses } from "../../../core/report/index.ts";

const POLICY_FOLDER = { approved_claims: "claims", legal_restrictions: "legal", brand_rules: "brand" } as const;

export async function repositoryUses(root: string, baseProduction: (workflow: string) => Promise<number | null | undefined>): Promise<RepositoryUses> {
  const dirs = (await readdir(join(root, "campaigns"), { withFileTypes: true }).catch(() => [])).filter((d) => d.isDirectory()).map((d) => `campaigns/${d.name}`);
  const campaigns = await Promise.all(dirs.sort().map((dir) => campaignUse(root, dir)));
  const workflows = (await readdir(join(root, "prompts"), { withFileTypes: true }).catch(() => [])).filter((d) => d.isDirectory()).map((d) => d.name);
  const production: RepositoryUses["production"] = {};
  for (const workflow of workflows) {
    const head = await loadReleases(root, workflow).then((r) => (typeof r.production === "number" ? r.production : null)).catch(() => null);
    const base = await baseProduction(workflow);
    production[workflow] = { base: base === undefined ? head : base, head };
  }
  return { campaigns, production };
}

async function campaignUse(root: string, dir: string): Promise<CampaignUse> {
  const id = dir.slice("campaigns/".length);
  const campaign = await loadCampaign(root, dir).catch(() => null);
  // A campaign that does not load still maps its own files to itself; checking it reports why.
  if (!campaign) return { id, dir, workflow: "", prompt: "", policies: {}, sources: [], sourceFiles: [] };
  const sources = sourceNames(campaign);
  const definitions = await Promise.all(sources.map((name) => loadSourceDefinition(root, name).catch(() => null)));
  return {
    id: campaign.id ?? id,
    dir,
    workflow: campaign.workflow,
    prompt: campaign.prompt,
    policies: Object.fromEntries(Object.entries(campaign.policies ?? {}).map(([kind, version]) => [POLICY_FOLDER[kind as keyof typeof POLICY_FOLDER] ?? kind, version])),
    sources,
    sourceFiles: definitions.flatMap((d) => (d?.kind === "file" ? [d.path.replace(/^\.\//, "")] : [])),
  };
}

function sourceNames(campaign: Campaign): string[] {
  return [...new Set(Object.values(campaign.contract ?? {}).flatMap((input) => ("source" in input ? [input.source] : [])))].sort();
}
