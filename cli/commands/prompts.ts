import { buildPromptInput, previewCohort } from "../../core/brief/index.ts";
import type { PreviewCohortName } from "../../core/brief/index.ts";
import { loadCampaign, loadPolicies } from "../../core/files/index.ts";
import { formatMessages, formatPromptSummary, formatPromptTable, loadPromptRegistry, renderPrompt, selectDeclaredInput, unifiedDiff } from "../../core/prompts/index.ts";
import type { CommandIo } from "../main.ts";
import { parseCommand, type CommandSpec } from "../lib/command.ts";

export const spec: CommandSpec = {
  name: "prompts",
  summary: "the prompt registry: list versions, show one, diff two, render one for a campaign",
  arguments: [
    { name: "<verb>", description: "list | show <ref> | diff <ref> <ref> | render <ref> --campaign <dir>" },
    { name: "[refs...]", description: "prompt references: workflow@production, workflow@8 or workflow:v8" },
  ],
  options: [
    { flags: "--campaign <dir>", description: "render: the campaign whose brief and policies fill the prompt" },
    { flags: "--cohort <name>", description: "render: the audience cohort to preview", default: "generic", choices: ["generic", "admin", "analyst", "viewer"] },
  ],
  examples: [
    "npx copygate prompts list",
    "npx copygate prompts show trial_expiration_email@production",
    "npx copygate prompts diff trial_expiration_email@7 trial_expiration_email@8",
    "npx copygate prompts render trial_expiration_email@8 --campaign campaigns/trial-expiration-3d --cohort admin",
  ],
};
const COHORTS: PreviewCohortName[] = ["generic", "admin", "analyst", "viewer"];

export async function run(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseCommand(spec, args, io);
  if (typeof parsed === "number") return parsed;
  const [verb, ...refs] = parsed.positionals as [string, ...string[]];
  const values = parsed.opts as { campaign?: string; cohort: string };
  const arity: Record<string, number> = { list: 0, show: 1, diff: 2, render: 1 };
  if (!verb || !(verb in arity)) return usageError(io, verb ? `unknown subcommand "${verb}"` : "name a subcommand");
  if (refs.length !== arity[verb]) return usageError(io, `prompts ${verb} takes ${arity[verb]} prompt reference${arity[verb] === 1 ? "" : "s"}`);
  const registry = await loadPromptRegistry(io.cwd);
  if (verb === "list") io.stdout(formatPromptTable(registry));
  if (verb === "show") {
    const version = registry.resolve(refs[0]!);
    io.stdout(formatPromptSummary(version, registry.releases(version.workflow)));
  }
  if (verb === "diff") {
    const [before, after] = [registry.resolve(refs[0]!), registry.resolve(refs[1]!)];
    io.stdout(unifiedDiff(before.source, after.source, before.path, after.path) || `${before.ref} and ${after.ref} are identical\n`);
  }
  if (verb === "render") return render(refs[0]!, values.campaign, values.cohort, io);
  return 0;
}

async function render(ref: string, campaignDir: string | undefined, cohortName: string | undefined, io: CommandIo): Promise<number> {
  if (!campaignDir) return usageError(io, "prompts render needs --campaign <dir>, e.g. --campaign campaigns/trial-expiration-3d");
  if (!COHORTS.includes(cohortName as PreviewCohortName)) return usageError(io, `--cohort must be one of ${COHORTS.join(", ")}`);
  const version = (await loadPromptRegistry(io.cwd)).resolve(ref);
  const campaign = await loadCampaign(io.cwd, campaignDir);
  if (campaign.workflow !== version.workflow) {
    return usageError(io, `${campaignDir} runs workflow ${campaign.workflow}, not ${version.workflow}: render a ${campaign.workflow} prompt for it`);
  }
  const policies = await loadPolicies(io.cwd, campaign.policies);
  const { cohort, note } = await previewCohort(io.cwd, campaign, cohortName as PreviewCohortName);
  if (note) io.stderr(`note: ${note}\n`);
  const input = selectDeclaredInput(version.inputSchema, buildPromptInput({ campaign, policies, cohort }));
  io.stdout(formatMessages(await renderPrompt(version, input)));
  return 0;
}

function usageError(io: CommandIo, message: string): number {
  io.stderr(`copygate prompts: ${message}\nsee: copygate prompts --help\n`);
  return 2;
}
