/**
 * Today's checks on each committed variant, so a check added or tightened since the drafts were
 * generated still applies to them. Judges need a model: their stored verdicts are kept.
 */
import { partitionAudience } from "../contract/index.ts";
import type { Cohort, DraftVariant, DraftsFile, FreshnessReport, SourceSnapshot } from "../model/index.ts";
import type { CampaignContext } from "./context.ts";
import { checkVariantContent, withJudges } from "./evaluate.ts";

export function recheckVariants(
  context: CampaignContext,
  drafts: DraftsFile,
  freshness: { report: FreshnessReport; snapshots: Record<string, SourceSnapshot> },
  now: Date,
): DraftVariant[] {
  const partition = partitionAudience({ campaign: context.campaign, snapshots: freshness.snapshots, now, report: freshness.report });
  const cohorts = new Map(partition.cohorts.map((c) => [c.key, c]));
  return drafts.variants.map((variant) => {
    const cohort = cohorts.get(variant.audience.key);
    // A variant whose audience is not in today's data is checked as the generic variant: no usage figures count as support.
    if (!cohort) return recheckAsGeneric(context, variant);
    const judged = variant.evals.checks.filter((c) => c.id.startsWith("judge_"));
    return { ...variant, evals: withJudges(checkVariantContent(context, cohort, variant.content), judged) };
  });
}

function recheckAsGeneric(context: CampaignContext, variant: DraftVariant): DraftVariant {
  const cohort: Cohort = { key: variant.audience.key, variant: "generic", plan_name: "", recipients: variant.audience.recipients };
  const judged = variant.evals.checks.filter((c) => c.id.startsWith("judge_"));
  return { ...variant, evals: withJudges(checkVariantContent(context, cohort, variant.content), judged) };
}
