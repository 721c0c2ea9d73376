export { REPORT_MARKER, COMMENT_LIMIT, JOB_SUMMARY_LIMIT_BYTES, hasReportMarker } from "./marker.js";
export { buildComment, JOB_SUMMARY_POINTER } from "./comment.js";
export { buildJobSummary, truncateBytes } from "./job-summary.js";
export { COMPARISON_BUDGET } from "./sections.js";
export { annotationBatches, planWorkflowCommands, toCheckRunAnnotation, CHECK_RUN_ANNOTATIONS_PER_REQUEST, WORKFLOW_COMMANDS_SHOWN_PER_LEVEL, } from "./annotations.js";
export { RISK_LABELS, RISK_LABEL_COLORS, riskLabelChange } from "./labels.js";
export { parseReviewerMap, reviewRequest } from "./reviewers.js";
export { affectedByChanges } from "./affected.js";
export { decideGate, conclusionFor } from "./decision.js";
