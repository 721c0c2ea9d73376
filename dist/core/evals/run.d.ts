import type { CheckResult, EvalReport, Verdict } from "../model/index.ts";
import type { CheckContext, CheckId } from "./types.ts";
/** Fields starting with "_" annotate a draft file (expected results, notes); they are not copy. */
export declare function stripAnnotations(draft: Record<string, unknown>): Record<string, unknown>;
/** Any fail fails; any warn, or risk flags the model raised, goes to review; otherwise pass. */
export declare function verdictOf(checks: CheckResult[], riskFlagged?: boolean): Verdict;
export declare function runCheck(id: CheckId, draft: Record<string, unknown>, ctx: CheckContext): CheckResult;
/** Runs the campaign's checks on one draft (in the workflow's output schema) and decides the verdict. */
export declare function runChecks(draft: Record<string, unknown>, ctx: CheckContext, checkIds?: string[]): EvalReport;
