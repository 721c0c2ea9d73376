import { stat } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../errors.ts";
import { campaignPath, loadCampaign } from "../files/index.ts";
import type { Campaign } from "../model/index.ts";
import { loadPromptRegistry } from "../prompts/index.ts";
import { formatProblem, validateRepository } from "../validate/index.ts";
import type { Problem } from "../validate/index.ts";

/**
 * A campaign, and every file it depends on, must validate before a command runs on it: a missing
 * field or a broken reference is reported at its line, never as a crash deep in the pipeline.
 * (The Action validates the changed files in its own step.)
 */
export async function assertCampaignValid(root: string, campaignDir: string): Promise<void> {
  const file = campaignPath(campaignDir);
  // A missing campaign.yaml is the loader's to report: it names the file and what to check.
  if (!(await exists(root, file))) return;
  await report(campaignDir, (await validateRepository(root, [file])).problems);
  const campaign = await loadCampaign(root, campaignDir);
  const prompt = (await loadPromptRegistry(root)).resolve(campaign.prompt);
  // releases.yaml too: its fallback_template is rendered into drafts when the model fails.
  const releases = `prompts/${prompt.workflow}/releases.yaml`;
  const dependencies = await existing(root, [...dependenciesOf(campaign), prompt.path, releases]);
  // Promotion datasets are the eval suite's business, not a run's: a missing one does not stop generate.
  const problems = (await validateRepository(root, dependencies)).problems.filter((p) => !(p.path === releases && /^dataset .* does not exist$/.test(p.message)));
  await report(campaignDir, problems);
}

/** The files a campaign reads besides itself, its prompt version and releases: pinned policies and sources. */
function dependenciesOf(campaign: Campaign): string[] {
  const sources = Object.values(campaign.contract).flatMap((input) => ("source" in input ? [`sources/${input.source}.yaml`] : []));
  return [
    `policies/claims/${campaign.policies.approved_claims}.yaml`,
    `policies/legal/${campaign.policies.legal_restrictions}.yaml`,
    `policies/brand/${campaign.policies.brand_rules}.yaml`,
    ...sources,
  ];
}

async function report(campaignDir: string, found: Problem[]): Promise<void> {
  const problems = found.filter((p) => !p.advisory);
  if (problems.length === 0) return;
  const shown = problems.slice(0, 10).map(formatProblem);
  const more = problems.length > shown.length ? [`… and ${problems.length - shown.length} more`] : [];
  throw new InputError(`${campaignPath(campaignDir)} or a file it uses is not valid, so nothing ran:\n${[...shown, ...more].join("\n")}`, {
    hint: `fix ${problems.length === 1 ? "it" : "them"} and run again (\`copygate validate\` checks without running)`,
  });
}

async function exists(root: string, path: string): Promise<boolean> {
  return Boolean(await stat(join(root, path)).catch(() => null));
}

async function existing(root: string, paths: string[]): Promise<string[]> {
  const found = await Promise.all(paths.map(async (p) => ((await exists(root, p)) ? p : null)));
  return found.filter((p): p is string => p !== null);
}
