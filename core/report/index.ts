/** core/report: the gate's findings as PR comment, job summary, annotations and labels. Pure, no GitHub. */
export type { GateReport, GateDecision, CampaignGate, WorkflowGate, Finding, DraftsCurrency, DraftPreview } from "./types.ts";
export { REPORT_MARKER, COMMENT_LIMIT, JOB_SUMMARY_LIMIT_BYTES, hasReportMarker } from "./marker.ts";
export { buildComment, JOB_SUMMARY_POINTER } from "./comment.ts";
export { buildJobSummary, truncateBytes } from "./job-summary.ts";
export { COMPARISON_BUDGET } from "./sections.ts";
export {
  annotationBatches,
  planWorkflowCommands,
  toCheckRunAnnotation,
  CHECK_RUN_ANNOTATIONS_PER_REQUEST,
  WORKFLOW_COMMANDS_SHOWN_PER_LEVEL,
} from "./annotations.ts";
export type { CheckRunAnnotation, WorkflowCommandPlan } from "./annotations.ts";
export { RISK_LABELS, RISK_LABEL_COLORS, riskLabelChange } from "./labels.ts";
export { parseReviewerMap, reviewRequest } from "./reviewers.ts";
export type { ReviewerMap } from "./reviewers.ts";
export { affectedByChanges } from "./affected.ts";
export type { Affected, ChangedFile, CampaignUse, RepositoryUses, SuiteComparison } from "./affected.ts";
export { decideGate, conclusionFor } from "./decision.ts";
export type { FailOn } from "./decision.ts";
export type { RuleChange, RuleChangeKind } from "./types.ts";
export { findingsList, existingList, groupFindings, groupTitle, findingLine } from "./findings.ts";
export type { FindingGroup } from "./findings.ts";
export { splitExisting, markAlreadyFailing } from "./existing.ts";
export type { SplitFindings } from "./existing.ts";
export { ruleChanges, parseRuleRouting, DEFAULT_RULE_ROUTING } from "./rule-changes.ts";
export type { RuleRouting, RuleRoute } from "./rule-changes.ts";
export { runnerLogPlan, RUNNER_LOG_ERRORS } from "./annotations.ts";
