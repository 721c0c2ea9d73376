/** Evals: the deterministic checks registry, risk routing, the approval checkpoint and the judges. */
export type { Check, CheckContext, CheckId, CheckOutcome } from "./types.ts";
export { CHECKS, CHECK_IDS, isCheckId } from "./registry.ts";
export { runChecks, runCheck, verdictOf, stripAnnotations } from "./run.ts";
export { riskLevel, routeApproval } from "./risk.ts";
export type { ApprovalRoute, RiskAssessment, RiskInput } from "./risk.ts";
export { formatCheckpoint } from "./checkpoint.ts";
export { checkContextFor } from "./context.ts";
export { normalizeCopy, visibleText, invisibleChars } from "./normalize.ts";
export type { CheckContextInput } from "./context.ts";
export { runJudges, JUDGE_IDS, JUDGE_OUTPUT_SCHEMA, SimulatedJudgeError } from "./judges.ts";
export { judgeThrough } from "./judgeModel.ts";
export type { JudgeModel, JudgeId, JudgeMessage } from "./judges.ts";
export { loadCheckContext, readDraftFile } from "./load.ts";
export { formatReport, reportJson } from "./format.ts";
