import type { GateReport } from "./types.ts";
export interface CommentOptions {
    /** Maximum characters of the body (GitHub: 65,536). */
    limit?: number;
}
export declare const JOB_SUMMARY_POINTER = "Full report in the job summary.";
export declare function buildComment(report: GateReport, options?: CommentOptions): string;
/** Renders level by level and returns the first body that `fits`, or null when none does. */
export declare function richestThatFits(report: GateReport, fits: (text: string) => boolean, options: {
    pointer: boolean;
}): string | null;
export declare function heading(report: GateReport): string;
