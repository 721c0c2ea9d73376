import { buildPromptInput } from "../brief/index.ts";
import { checkFreshness, consequenceOf, partitionAudience } from "../contract/index.ts";
import type { DraftsFile, FreshnessReport } from "../model/index.ts";
import { loadCampaignContext } from "./context.ts";
import type { CampaignContext } from "./context.ts";
import { draftsPath } from "./context.ts";
import { draftsContentHash, readDraftsFile } from "./drafts.ts";
import { promptInputsHash } from "./generate.ts";
import { dirname } from "node:path";
import { loadEmailTemplate, renderedMismatch } from "../render/index.ts";

/** What checkFreshness returns: the verdict and the snapshots it read. */
type ContractResult = Awaited<ReturnType<typeof checkFreshness>>;

export type DraftsCurrency = "current" | "stale" | "missing" | "tampered";
export interface DraftsCurrencyVerdict {
  campaign: string;
  status: DraftsCurrency;
  /** Each reason names what changed since the drafts were generated. */
  reasons: string[];
  drafts: DraftsFile | null;
  /** What to run to bring the drafts up to date. */
  remedy: string;
}

/**
 * Are the committed drafts what today's prompt, brief, policies and inputs would be generated from?
 * Reviewers approve the drafts in the diff, so drafts from an older prompt must never pass as current.
 */
export async function checkDraftsCurrent(args: {
  root: string;
  campaignDir: string;
  now: Date;
  /** What the caller already loaded (the Action has both): not read or computed a second time. */
  context?: CampaignContext;
  contract?: ContractResult;
}): Promise<DraftsCurrencyVerdict> {
  const { root, campaignDir, now } = args;
  const context = args.context ?? (await loadCampaignContext(root, campaignDir));
  const path = draftsPath(campaignDir);
  const remedy = `run \`copygate generate ${campaignDir}\` (or comment \`/copygate generate\` on the pull request) and commit ${path}`;
  const drafts = await readDraftsFile(root, path);
  const verdict = (status: DraftsCurrency, reasons: string[]): DraftsCurrencyVerdict => ({ campaign: context.campaign.id, status, reasons, drafts, remedy });
  if (!drafts) return verdict("missing", [`${path} does not exist`]);

  if (draftsContentHash(drafts.variants) !== drafts.content_hash) {
    return verdict("tampered", [`${path}: the drafts' content does not match their content_hash (edited by hand after generation?)`]);
  }
  const renderedProblem = await renderedMismatch(root, dirname(path), drafts.variants);
  if (renderedProblem) return verdict("tampered", [renderedProblem]);
  const p = drafts.provenance;
  const reasons: string[] = [];
  if (p.prompt_hash !== context.prompt.hash) {
    reasons.push(`prompt changed: drafts from ${p.workflow}:v${p.prompt_version}, campaign now uses ${context.prompt.workflow}:v${context.prompt.version} (${context.prompt.hash.slice(0, 19)})`);
  }
  if (p.campaign_hash !== context.campaignHash) reasons.push(`${campaignDir}/campaign.yaml changed since the drafts were generated`);
  const templateReason = await templateChange(context, p.email_template);
  if (templateReason) reasons.push(templateReason);
  for (const [version, hash] of Object.entries(context.policyHashes)) {
    if (p.policy_hashes[version] !== hash) reasons.push(`policy ${version} changed or is newly pinned`);
  }
  if (reasons.length === 0) {
    const inputsReason = await compareInputs(context, drafts, now, args.contract);
    if (inputsReason) reasons.push(inputsReason);
  }
  return verdict(reasons.length ? "stale" : "current", reasons);
}

async function compareInputs(context: CampaignContext, drafts: DraftsFile, now: Date, contract?: ContractResult): Promise<string | null> {
  const { campaign, policies, root } = context;
  const { report, snapshots } = contract ?? (await checkFreshness({ root, campaign, now, runId: "run_currency_check" }));
  if (report.decision === "stop_before_generation") return `inputs cannot be verified: the data contract stops before generation (${stoppingInputs(report)})`;
  const partition = partitionAudience({ campaign, snapshots, now, report });
  const outcomes = partition.cohorts.map((cohort) => ({
    promptInput: buildPromptInput({ campaign, policies, cohort }),
    variant: { audience: { key: cohort.key } },
  }));
  const hash = promptInputsHash(outcomes as Parameters<typeof promptInputsHash>[0]);
  return hash === drafts.provenance.prompt_inputs_hash ? null : "audience inputs changed: the cohorts or their usage figures differ from those the drafts were written for";
}

/**
 * What stops the contract, in the inputs' own words: the bot's comment on a merge has no freshness
 * section to point at. The report does not say which inputs are optional, so an unreadable one is
 * named as a required one would be.
 */
function stoppingInputs(report: FreshnessReport): string {
  const stopping = Object.entries(report.required_inputs).filter(([, v]) => consequenceOf(v, true) === "stop_before_generation");
  return stopping.map(([name, v]) => v.message ?? `${name}: ${v.status}`).join("; ");
}

/** The rendered emails are part of the approval: a template edit (or a template added or removed) makes the drafts stale. */
async function templateChange(context: CampaignContext, used: { path: string; hash: string } | undefined): Promise<string | null> {
  const template = await loadEmailTemplate(context.root, context.campaign, context.campaignDir);
  if (!template && !used) return null;
  if (!template) return `the drafts were rendered through ${used!.path}, but the campaign no longer has an email template`;
  if (!used) return `email template ${template.path} is new: the drafts were not rendered through it`;
  if (used.path !== template.path) return `email template changed from ${used.path} to ${template.path}`;
  return used.hash === template.hash ? null : `email template ${template.path} changed since the drafts were rendered`;
}
