import type { ApprovalCheckpoint, Campaign, DraftVariant, EvalReport, FreshnessReport } from "../model/index.ts";
/**
 * One report for the whole campaign: each check's worst status over all variants, with the
 * evidence prefixed by the variant it came from, so a reviewer sees where to look.
 */
export declare function mergeVariantReports(variants: DraftVariant[], freshness: FreshnessReport): EvalReport;
export declare function buildCheckpoint(args: {
    campaign: Campaign;
    runId: string;
    promptVersion: number;
    report: EvalReport;
}): ApprovalCheckpoint;
