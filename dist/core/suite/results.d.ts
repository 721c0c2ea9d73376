import type { SuiteResults } from "./types.ts";
export declare const RESULTS_FORMAT = "copygate-eval-results";
export declare function serializeResults(results: SuiteResults): string;
export declare function readResultsFile(root: string, path: string): Promise<SuiteResults>;
export declare function mergeResults(parts: {
    file: string;
    results: SuiteResults;
}[]): SuiteResults;
export declare function sortedKeys<T>(record: Record<string, T>): Record<string, T>;
