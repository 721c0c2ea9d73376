import { sortedKeys, RESULTS_FORMAT } from "./results.js";
export function assembleResults(input) {
    const ref = (p) => ({ ref: p.ref, version: p.version, hash: p.hash });
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
        judge: input.judge,
        criteria: input.criteria,
        check_labels: sortedKeys(input.run.checkLabels),
        shard: input.shard && input.shard.count > 1 ? input.shard : null,
        cases: input.run.cases,
        stats: input.stats,
    };
}
