/**
 * Step 5: today's checks on each committed variant, so a check added or tightened since the drafts
 * were generated still applies to them. Judges need a model: their stored verdicts are kept.
 */
import { checkContextFor, runChecks } from "../../../core/evals/index.ts";
import { partitionAudience } from "../../../core/contract/index.ts";
import type { CheckResult, DraftVariant, DraftsFile, EvalReport, FreshnessReport, SourceSnapshot } from "../../../core/model/index.ts";
import type { CampaignContext } from "../../../core/pipeline/index.ts";

export function recheckVariants(
  context: CampaignContext,
  drafts: DraftsFile,
  freshness: { report: FreshnessReport; snapshots: Record<string, SourceSnapshot> },
  now: Date,
): DraftVariant[] {
  const { campaign, policies, prompt } = context;
  const partition = partitionAudience({ campaign, snapshots: freshness.snapshots, now, report: freshness.report });
  const cohorts = new Map(partition.cohorts.map((c) => [c.key, c]));
  const checkIds = campaign.evals === "default" ? undefined : campaign.evals;
  return drafts.variants.map((variant) => {
    const cohort = cohorts.get(variant.audience.key);
    // The drafts are current, so every variant has its cohort; if not, its stored results stand.
    if (!cohort) return variant;
    const ctx = checkContextFor({
      campaign,
      policies,
      outputSchema: prompt.outputSchema,
      usageSummary: cohort.variant === "personalized" ? cohort.usage_summary : undefined,
      crmNotes: cohort.crm_notes ? [cohort.crm_notes] : undefined,
    });
    const judged = variant.evals.checks.filter((c) => c.id.startsWith("judge_"));
    return { ...variant, evals: withStoredJudges(runChecks(variant.content, ctx, checkIds), judged) };
  });
}

/** A judge's fail is reported as a warn: it routes to a reviewer and never blocks alone. */
function withStoredJudges(report: EvalReport, judged: CheckResult[]): EvalReport {
  const warned = judged.some((j) => j.status === "warn" || j.status === "fail");
  const verdict = report.verdict === "fail" ? "fail" : report.verdict === "review" || warned ? "review" : "pass";
  return { ...report, verdict, checks: [...report.checks, ...judged] };
}
