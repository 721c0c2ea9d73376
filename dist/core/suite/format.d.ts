import type { SuiteResults } from "./types.ts";
export type ReportFormat = "text" | "markdown" | "json" | "junit";
export declare const REPORT_FORMATS: readonly ReportFormat[];
export declare function parseFormat(text: string): ReportFormat;
export declare function formatResults(results: SuiteResults, format: ReportFormat, options?: {
    maxChars?: number;
}): string;
