/**
 * The eval suite: candidate vs baseline prompt on a workflow's datasets, promotion criteria,
 * sharding and merging, and the report in text, markdown, JSON and JUnit.
 */
export { loadDatasets, parseDatasetText } from "./dataset.ts";
export type { Dataset } from "./dataset.ts";
export { parseShard, selectShard, shardOf } from "./shard.ts";
export type { Shard } from "./shard.ts";
export { runSuite } from "./runner.ts";
export type { SuiteCollaborators, SuiteGenerateResult, SuiteMessage, SuiteProgress, RunSuiteOptions, SuiteRun } from "./runner.ts";
export { wilsonInterval } from "./wilson.ts";
export { METRICS, REVIEWER_JUDGE_CHECK } from "./metrics.ts";
export { validateCriteria, evaluateCriterion } from "./criteria.ts";
export { buildReport } from "./report.ts";
export { suiteProvenance, provenanceLine, provenanceParts } from "./provenance.ts";
export type { SuiteProvenance } from "./provenance.ts";
export { decide, isUnsettled, runsToSettle, VERDICT_LABEL } from "./decision.ts";
export type { Decision, PromotionVerdict } from "./decision.ts";
export { decisionHeadline } from "./format-text.ts";
export type { SuiteReport } from "./report.ts";
export { assembleResults } from "./assemble.ts";
export { mergeResults, readResultsFile, serializeResults } from "./results.ts";
export { formatResults, parseFormat, REPORT_FORMATS } from "./format.ts";
export type { ReportFormat } from "./format.ts";
export { formatMarkdown, GITHUB_COMMENT_LIMIT } from "./format-markdown.ts";
export type * from "./types.ts";
export { prepareSuite, promptRef } from "./setup.ts";
export type { SuiteSetup, SuiteSetupOptions } from "./setup.ts";
export { pipelineCollaborators, caseContext } from "./pipeline.ts";
export { executeSuite, LARGE_SUITE_RUNS, SUITE_V8_FLAGS } from "./execute.ts";
export type { ExecuteSuiteOptions } from "./execute.ts";
export { progressBar, progressLine } from "./progress.ts";
