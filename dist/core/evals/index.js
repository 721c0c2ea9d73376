export { CHECKS, CHECK_IDS, isCheckId } from "./registry.js";
export { runChecks, runCheck, verdictOf, stripAnnotations } from "./run.js";
export { riskLevel, routeApproval } from "./risk.js";
export { formatCheckpoint } from "./checkpoint.js";
export { checkContextFor } from "./context.js";
export { runJudges, JUDGE_IDS, JUDGE_OUTPUT_SCHEMA } from "./judges.js";
export { loadCheckContext, readDraftFile } from "./load.js";
export { formatReport, reportJson } from "./format.js";
