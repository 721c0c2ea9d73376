/**
 * The eval suite: candidate vs baseline prompt on a workflow's datasets, promotion criteria,
 * sharding and merging, and the report in text, markdown, JSON and JUnit.
 */
export { loadDatasets, parseDatasetText } from "./dataset.js";
export { parseShard, selectShard, shardOf } from "./shard.js";
export { runSuite } from "./runner.js";
export { wilsonInterval } from "./wilson.js";
export { METRICS, REVIEWER_JUDGE_CHECK } from "./metrics.js";
export { validateCriteria, evaluateCriterion } from "./criteria.js";
export { buildReport } from "./report.js";
export { assembleResults } from "./assemble.js";
export { mergeResults, readResultsFile, serializeResults } from "./results.js";
export { formatResults, parseFormat, REPORT_FORMATS } from "./format.js";
export { formatMarkdown, GITHUB_COMMENT_LIMIT } from "./format-markdown.js";
export { prepareSuite, promptRef } from "./setup.js";
export { pipelineCollaborators, caseContext } from "./pipeline.js";
export { executeSuite, SUITE_V8_FLAGS } from "./execute.js";
export { progressBar, progressLine } from "./progress.js";
