/** Puts a suite run and its context together into the results file's shape. */
import type { Dataset } from "./dataset.ts";
import type { SuiteRun } from "./runner.ts";
import { sortedKeys, RESULTS_FORMAT } from "./results.ts";
import type { Criterion, RunStats, SuitePrompt, SuiteResults } from "./types.ts";

export interface AssembleInput {
  suite: string;
  candidate: SuitePrompt;
  baseline: SuitePrompt;
  dataset: Dataset;
  repeat: number;
  judge: string | null;
  model?: string;
  /** Host only. */
  endpoint?: string;
  criteria: Criterion[];
  shard: { index: number; count: number } | null;
  run: SuiteRun;
  stats: RunStats;
}

export function assembleResults(input: AssembleInput): SuiteResults {
  const ref = (p: SuitePrompt): SuiteResults["candidate"] => ({ ref: p.ref, version: p.version, hash: p.hash });
  return {
    format: RESULTS_FORMAT,
    schema_version: 1,
    suite: input.suite,
    workflow: input.candidate.workflow,
    candidate: ref(input.candidate),
    baseline: ref(input.baseline),
    datasets: input.dataset.summaries,
    dataset_hash: input.dataset.hash,
    total_cases: input.dataset.cases.length,
    repeat: input.repeat,
    ...(input.model ? { model: input.model } : {}),
    ...(input.endpoint ? { endpoint: input.endpoint } : {}),
    judge: input.judge,
    criteria: input.criteria,
    check_labels: sortedKeys(input.run.checkLabels),
    shard: input.shard && input.shard.count > 1 ? input.shard : null,
    cases: input.run.cases,
    stats: input.stats,
  };
}
