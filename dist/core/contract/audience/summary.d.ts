import type { SourceRow } from "../sources/index.ts";
/**
 * "median 6 dashboards created, 41 queries run, 2 teammates invited": the medians of every numeric
 * column of a cohort's usage rows (not the key, not the timestamps). Medians, not means, so one
 * power user does not speak for the cohort.
 */
export declare function usageSummary(rows: SourceRow[], skip: string[]): string | undefined;
export declare function median(values: number[]): number;
