import type { GateReport } from "./types.ts";
export interface JobSummaryOptions {
    limitBytes?: number;
}
export declare function buildJobSummary(report: GateReport, options?: JobSummaryOptions): string;
/** Cuts at a character boundary so the UTF-8 bytes never pass the cap. */
export declare function truncateBytes(text: string, limitBytes: number): string;
