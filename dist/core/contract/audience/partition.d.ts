import type { AudiencePartition, Campaign, Cohort, FreshnessReport, SourceSnapshot } from "../../model/index.ts";
export type { AudiencePartition, Cohort };
/** A personalised cohort smaller than this would describe a handful of people: they get the generic variant. */
export declare const MIN_COHORT_SIZE = 5;
/**
 * Splits the audience before any prompt is built: excluded (no consent, or a row that contradicts
 * the segment), personalized cohorts (one per `variants.by` value, from fresh usage) and one generic
 * cohort (stale or missing usage). No id, email or name leaves this function.
 */
export declare function partitionAudience(args: {
    campaign: Campaign;
    snapshots: Record<string, SourceSnapshot>;
    now: Date;
    report: FreshnessReport;
}): AudiencePartition;
