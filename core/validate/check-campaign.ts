import { posix } from "node:path";
import { CHECK_IDS } from "../evals/check-ids.ts";
import type { Campaign } from "../model/index.ts";
import { parsePromptRef } from "../prompts/index.ts";
import { TARGETS } from "../publish/targets/index.ts";
import type { PolicyKindName, RepoContext } from "./context.ts";
import { productionVersion } from "./context.ts";
import { campaignInputProblems } from "./campaign-input.ts";
import { emailTemplateProblems, publishProblems, unsubscribeLinkProblems } from "./check-publish.ts";
import { rolloutProblems } from "./check-rollout.ts";
import type { Problem } from "./problems.ts";
import type { CheckedFile } from "./yaml-file.ts";
import { checkYamlFile, problemAt } from "./yaml-file.ts";

const POLICY_KINDS: PolicyKindName[] = ["approved_claims", "legal_restrictions", "brand_rules"];

/** campaigns/<id>/campaign.yaml: its schema, then everything it points at. */
export async function checkCampaign(file: string, text: string, ctx: RepoContext): Promise<Problem[]> {
  const checked = checkYamlFile(file, text, "campaign", ctx.parsedTexts);
  if (checked.data === null || typeof checked.data !== "object") return checked.problems;
  const campaign = checked.data as Campaign;
  const at = (path: (string | number)[], message: string) => problemAt(file, checked.located, path, message);
  const problems = [...checked.problems];
  const folder = posix.basename(posix.dirname(file));
  if (typeof campaign.id === "string" && campaign.id !== folder) problems.push(at(["id"], `id "${campaign.id}" differs from its folder "${folder}": rename one so they match`));
  // Cross-references run even when another part of the file has a schema problem, so a marketer
  // sees every problem at once; a part too broken to read just contributes nothing.
  for (const check of [promptProblems, policyProblems, contractProblems, evalsProblems, channelRangeProblems, publishTargetNameProblems, publishProblems, emailTemplateProblems, rolloutProblems]) {
    problems.push(...(await check(campaign, ctx, at).catch(() => [])));
  }
  problems.push(...(await unsubscribeLinkProblems(campaign, posix.dirname(file), ctx, at).catch(() => [])));
  if (checked.valid && problems.length === checked.problems.length) problems.push(...(await campaignInputProblems(campaign, checked, file, ctx)));
  return problems;
}

type At = (path: (string | number)[], message: string) => Problem;

const isText = (value: unknown): value is string => typeof value === "string";
const isMapping = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

async function promptProblems(campaign: Campaign, ctx: RepoContext, at: At): Promise<Problem[]> {
  if (!isText(campaign.workflow) || !isText(campaign.prompt)) return [];
  const workflows = await ctx.workflows();
  const workflow = workflows.get(campaign.workflow);
  if (!workflow) return [at(["workflow"], `workflow "${campaign.workflow}" has no prompts/${campaign.workflow}/releases.yaml (known: ${[...workflows.keys()].join(", ") || "none"})`)];
  const ref = parsePromptRef(campaign.prompt);
  if (ref.workflow !== campaign.workflow) return [at(["prompt"], `prompt "${campaign.prompt}" belongs to workflow "${ref.workflow}", but the campaign's workflow is "${campaign.workflow}"`)];
  const number = ref.selector === "production" ? productionVersion(workflow) : ref.selector;
  if (number === undefined) return [at(["prompt"], `prompts/${campaign.workflow}/releases.yaml pins no production version`)];
  if (!workflow.versions.has(number)) {
    const known = [...workflow.versions.keys()].sort((a, b) => a - b).join(", ");
    return [at(["prompt"], `prompt ${campaign.workflow}@${number} does not exist: there is no prompts/${campaign.workflow}/${campaign.workflow}.v${number}.prompt (versions: ${known})`)];
  }
  return [];
}

async function policyProblems(campaign: Campaign, ctx: RepoContext, at: At): Promise<Problem[]> {
  const problems: Problem[] = [];
  if (!isMapping(campaign.policies)) return [];
  for (const kind of POLICY_KINDS) {
    const version = campaign.policies[kind];
    if (!isText(version)) continue;
    const known = await ctx.policyVersions(kind);
    if (!known.includes(version)) problems.push(at(["policies", kind], `${kind} version "${version}" does not exist: no ${ctx.policyPath(kind, version)} (have: ${known.join(", ") || "none"})`));
  }
  const claimsVersion = campaign.policies.approved_claims;
  if (problems.length === 0 && isText(claimsVersion) && Array.isArray(campaign.brief?.claims)) {
    const approved = await ctx.claimIds(claimsVersion);
    campaign.brief.claims.forEach((id, i) => {
      if (isText(id) && !approved.includes(id)) problems.push(at(["brief", "claims", i], `claim "${id}" is not in ${claimsVersion}: use an approved claim id (${approved.join(", ")})`));
    });
  }
  return problems;
}

async function contractProblems(campaign: Campaign, ctx: RepoContext, at: At): Promise<Problem[]> {
  const problems: Problem[] = [];
  if (!isMapping(campaign.contract)) return [];
  const sources = await ctx.sourceNames();
  for (const [name, input] of Object.entries(campaign.contract)) {
    if (isMapping(input) && isText(input.source) && !sources.includes(input.source)) {
      problems.push(at(["contract", name, "source"], `source "${input.source}" does not exist: add sources/${input.source}.yaml (have: ${sources.join(", ") || "none"})`));
    }
  }
  if (isMapping(campaign.audience) && isText(campaign.audience.input) && !(campaign.audience.input in campaign.contract)) {
    problems.push(at(["audience", "input"], `audience.input "${campaign.audience.input}" is not an input of the contract (inputs: ${Object.keys(campaign.contract).join(", ")})`));
  }
  return problems;
}

async function evalsProblems(campaign: Campaign, _ctx: RepoContext, at: At): Promise<Problem[]> {
  if (!Array.isArray(campaign.evals)) return [];
  const known: readonly string[] = CHECK_IDS;
  return campaign.evals.flatMap((id, i) =>
    isText(id) && !known.includes(id) ? [at(["evals", i], `unknown check "${id}": use "default" or check ids from: ${known.join(", ")}`)] : [],
  );
}

/** A channel minimum above its maximum loads, and then every draft fails the length check: caught here instead. */
async function channelRangeProblems(campaign: Campaign, _ctx: RepoContext, at: At): Promise<Problem[]> {
  if (!isMapping(campaign.channel)) return [];
  const channel = campaign.channel as Record<string, unknown>;
  const ranges: [string, string][] = [["preview_min_chars", "preview_max_chars"], ["headlines_min", "headlines_max"], ["descriptions_min", "descriptions_max"]];
  return ranges.flatMap(([low, high]) => {
    const min = channel[low];
    const max = channel[high];
    if (typeof min !== "number" || typeof max !== "number" || min <= max) return [];
    return [at(["channel", low], `channel.${low} (${min}) is above channel.${high} (${max}): no draft could pass; lower the minimum or raise the maximum`)];
  });
}

/** The bot publishes through a target by name: a name no adapter answers to is caught here, not at merge. */
async function publishTargetNameProblems(campaign: Campaign, _ctx: RepoContext, at: At): Promise<Problem[]> {
  const target = isMapping(campaign.publish) ? campaign.publish.target : undefined;
  if (!isText(target) || Object.hasOwn(TARGETS, target)) return [];
  return [at(["publish", "target"], `unknown publish target "${target}": use one of ${Object.keys(TARGETS).join(", ")}`)];
}

export type { CheckedFile };
