/**
 * Step 5: today's checks on each committed variant, so a check added or tightened since the drafts
 * were generated still applies to them. Judges need a model: their stored verdicts are kept.
 */
import { partitionAudience } from "../../../core/contract/index.ts";
import type { DraftVariant, DraftsFile, FreshnessReport, SourceSnapshot } from "../../../core/model/index.ts";
import { checkVariantContent, withJudges } from "../../../core/pipeline/index.ts";
import type { CampaignContext } from "../../../core/pipeline/index.ts";

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
    // The drafts are current, so every variant has its cohort; if not, its stored results stand.
    if (!cohort) return variant;
    const judged = variant.evals.checks.filter((c) => c.id.startsWith("judge_"));
    return { ...variant, evals: withJudges(checkVariantContent(context, cohort, variant.content), judged) };
  });
}
