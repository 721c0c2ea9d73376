/**
 * Verification of a campaign's merged content before anything is published: the drafts parse,
 * their content hash matches their content, their provenance is current for this tree, and the
 * checks, run again here on the merged content (stored verdicts are never trusted), do not fail.
 * Approvals are verified separately (approvals.ts): they come from the pull request, not the tree.
 */
import { checkFreshness, chooseClock, partitionAudience, runIdFor } from "../contract/index.ts";
import { isInputError } from "../errors.ts";
import type { Campaign, DraftsFile, RiskLevel, Verdict } from "../model/index.ts";
import { buildCheckpoint, checkDraftsCurrent, checkVariantContent, cohortCheckContext, draftsPath, loadCampaignContext, mergeVariantReports, withJudges } from "../pipeline/index.ts";
import type { CampaignContext } from "../pipeline/index.ts";
import { checkRenderedEmail, loadEmailTemplate, loadRenderedVariant, renderVariantEmail, unsubscribeUrl, withRenderedChecks, type RenderedEmail } from "../render/index.ts";

export interface VerifiedCampaign {
  ok: boolean;
  campaignDir: string;
  /** The campaign id, or the folder name when campaign.yaml does not load. */
  campaign: string;
  /** Each reason is one sentence a reviewer can act on. */
  reasons: string[];
  context: CampaignContext | null;
  drafts: DraftsFile | null;
  risk: RiskLevel | null;
  verdict: Verdict | null;
  /** Reviewer groups the risk level requires (campaign.yaml approval). */
  requiredGroups: string[];
  promptVersion: string;
  /** Each check's status from the run here (merged across variants), for the trace. */
  checks: { id: string; status: string }[];
  /** The committed rendered email of each variant (audience key → bytes), verified against drafts.json's hashes. */
  rendered: Record<string, RenderedEmail>;
}

export async function verifyCampaign(root: string, campaignDir: string, options: { now?: Date } = {}): Promise<VerifiedCampaign> {
  const base: VerifiedCampaign = {
    ok: false, campaignDir, campaign: campaignDir.split("/").at(-1) ?? campaignDir, reasons: [], context: null, drafts: null,
    risk: null, verdict: null, requiredGroups: [], promptVersion: "", checks: [], rendered: {},
  };
  let context: CampaignContext;
  try {
    context = await loadCampaignContext(root, campaignDir);
  } catch (error) {
    if (!isInputError(error)) throw error;
    return { ...base, reasons: [`${error.format()}`] };
  }
  const verified: VerifiedCampaign = { ...base, campaign: context.campaign.id, context, promptVersion: `${context.prompt.workflow}:v${context.prompt.version}` };
  const clock = await chooseClock(root, context.campaign, options.now);
  const contract = await checkFreshness({ root, campaign: context.campaign, now: clock.now, runId: runIdFor(clock.now) });
  let currency;
  try {
    currency = await checkDraftsCurrent({ root, campaignDir, now: clock.now, context, contract });
  } catch (error) {
    if (!isInputError(error)) throw error;
    return { ...verified, reasons: [error.format()] };
  }
  verified.drafts = currency.drafts;
  if (currency.status !== "current" || !currency.drafts) {
    return { ...verified, reasons: currency.reasons.map((r) => `${draftsPath(campaignDir)} is ${currency.status}: ${r}`) };
  }
  const partition = partitionAudience({ campaign: context.campaign, snapshots: contract.snapshots, now: clock.now, report: contract.report });
  const cohorts = new Map(partition.cohorts.map((c) => [c.key, c]));
  // The rendered emails are what recipients get: read them back, verified against their hashes.
  try {
    for (const variant of currency.drafts.variants) {
      const email = await loadRenderedVariant(root, campaignDir, variant);
      if (email) verified.rendered[variant.audience.key] = email;
    }
    const mismatch = await renderedMismatch(root, context, currency.drafts, verified.rendered);
    if (mismatch) return { ...verified, reasons: [mismatch] };
  } catch (error) {
    if (!isInputError(error)) throw error;
    return { ...verified, reasons: [error.format()] };
  }
  const links = { cta: context.campaign.brief.cta_url, unsubscribe: unsubscribeUrl(context.campaign) ?? "" };
  const variants = currency.drafts.variants.map((variant) => {
    const cohort = cohorts.get(variant.audience.key);
    if (!cohort) return null;
    const judged = variant.evals.checks.filter((c) => c.id.startsWith("judge_"));
    const report = withJudges(checkVariantContent(context, cohort, variant.content), judged);
    const email = verified.rendered[variant.audience.key];
    return { ...variant, evals: email ? withRenderedChecks(report, checkRenderedEmail(email, cohortCheckContext(context, cohort), links)) : report };
  });
  if (variants.some((v) => v === null)) return { ...verified, reasons: ["a variant's audience is no longer in the segment; regenerate the drafts"] };
  const report = mergeVariantReports(variants as DraftsFile["variants"], contract.report);
  const checkpoint = buildCheckpoint({ campaign: context.campaign, runId: currency.drafts.provenance.run_id, promptVersion: context.prompt.version, report });
  Object.assign(verified, { risk: checkpoint.risk_level, verdict: checkpoint.verdict, requiredGroups: checkpoint.required_reviewers, checks: report.checks.map((c) => ({ id: c.id, status: c.status })) });
  if (checkpoint.verdict === "fail") {
    const failed = report.checks.filter((c) => c.status === "fail").map((c) => c.label);
    return { ...verified, reasons: [`the checks fail on the merged content: ${[...new Set(failed)].join(", ")}`] };
  }
  return { ...verified, ok: true };
}

/** Rollout stages that publish nothing: the copy is generated and measured offline or in shadow only. */
const SILENT_STAGES = new Set(["offline", "internal", "shadow"]);

/** Why the rollout stage forbids publishing, or null when it permits it (no rollout block: publish). */
export function rolloutBlocks(campaign: Campaign): string | null {
  const stage = (campaign.rollout as { stage?: string } | undefined)?.stage;
  return stage && SILENT_STAGES.has(stage) ? `rollout stage ${stage} publishes nothing` : null;
}

/**
 * Rendering is deterministic: the committed email must be exactly what the approved content renders
 * to through the template today, or the bytes sent would not be the copy reviewers read.
 */
async function renderedMismatch(root: string, context: CampaignContext, drafts: DraftsFile, rendered: Record<string, RenderedEmail>): Promise<string | null> {
  const template = await loadEmailTemplate(root, context.campaign, context.campaignDir);
  if (!template) return null;
  for (const variant of drafts.variants) {
    const committed = rendered[variant.audience.key];
    if (!committed) return `${variant.audience.key} has no rendered email although the campaign has a template; regenerate the drafts`;
    const email = await renderVariantEmail({ template, campaign: context.campaign, campaignDir: context.campaignDir, policies: context.policies, content: variant.content });
    if (email.html !== committed.html || email.text !== committed.text || email.subject !== committed.subject || email.previewText !== committed.previewText) {
      return `the rendered email of ${variant.audience.key} is not what its content renders to (edited by hand?); regenerate the drafts`;
    }
  }
  return null;
}
