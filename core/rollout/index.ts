/** Staged rollout: stages and their moves, assignment, results, statistics and reports. */
export * from "./stats/index.ts";
export { METRICS, METRIC_IDS, COUNT_COLUMNS, isMetricId } from "./metrics.ts";
export type { MetricId, ArmCounts, CountColumn } from "./metrics.ts";
export { rolloutCriteria, DEFAULT_ALPHA, DEFAULT_POWER, DEFAULT_TEST_PERCENT } from "./criteria.ts";
export type { RolloutCriterion } from "./criteria.ts";
export { loadResults, parseResultRows, armTotals, MAX_RESULT_ROWS } from "./results.ts";
export type { ResultRow, LoadedResults, ArmTotals } from "./results.ts";
export { analyzeRollout, formatP, pEquals } from "./analyze.ts";
export type { RolloutAnalysis, RolloutVerdict, CriterionResult } from "./analyze.ts";
export { analysisJson, analysisMarkdown, analysisText, outcomeJson, percent, points } from "./format.ts";
export { loadRolloutAnalysis, loadRolloutContext, candidateVersion, DEFAULT_RESULTS } from "./load.ts";
export type { RolloutContext } from "./load.ts";
export { STAGES, STAGE_MEANING, STARTING_STAGES, isStage, stageIndex, publishesToCustomers } from "./stages.ts";
export { checkStageMove } from "./move.ts";
export type { StageMoveCheck, StageMoveInput } from "./move.ts";
export { stageMoveSection, stageMoveFinding } from "./section.ts";
export { assignRecipients, armOf, bucketOf, fnv1a32 } from "./assign.ts";
export type { Arm, ArmPlan, AssignmentSummary } from "./assign.ts";
