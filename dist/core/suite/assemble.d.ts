/** Puts a suite run and its context together into the results file's shape. */
import type { Dataset } from "./dataset.ts";
import type { SuiteRun } from "./runner.ts";
import type { Criterion, RunStats, SuitePrompt, SuiteResults } from "./types.ts";
export interface AssembleInput {
    suite: string;
    candidate: SuitePrompt;
    baseline: SuitePrompt;
    dataset: Dataset;
    repeat: number;
    judge: string | null;
    criteria: Criterion[];
    shard: {
        index: number;
        count: number;
    } | null;
    run: SuiteRun;
    stats: RunStats;
}
export declare function assembleResults(input: AssembleInput): SuiteResults;
