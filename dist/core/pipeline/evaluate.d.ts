import type { CheckContext } from "../evals/index.ts";
import type { CheckResult, Cohort, EvalReport } from "../model/index.ts";
import type { CampaignContext } from "./context.ts";
/** What the checks may accept as true for one cohort's draft: its own usage figures, and which text is untrusted. */
export declare function cohortCheckContext(context: CampaignContext, cohort: Cohort): CheckContext;
/** The campaign's deterministic checks (all, or the ids it lists) on one variant's content. */
export declare function checkVariantContent(context: CampaignContext, cohort: Cohort, content: Record<string, unknown>): EvalReport;
/** Judges only make a verdict stricter: a judge's fail or warn routes to a reviewer, never blocks alone; skipped ones are listed. */
export declare function withJudges(report: EvalReport, judged: CheckResult[]): EvalReport;
