import { checkContextFor, runChecks } from "../evals/index.js";
/** What the checks may accept as true for one cohort's draft: its own usage figures, and which text is untrusted. */
export function cohortCheckContext(context, cohort) {
    return checkContextFor({
        campaign: context.campaign,
        policies: context.policies,
        outputSchema: context.prompt.outputSchema,
        usageSummary: cohort.variant === "personalized" ? cohort.usage_summary : undefined,
        crmNotes: cohort.crm_notes ? [cohort.crm_notes] : undefined,
    });
}
/** The campaign's deterministic checks (all, or the ids it lists) on one variant's content. */
export function checkVariantContent(context, cohort, content) {
    const { evals } = context.campaign;
    return runChecks(content, cohortCheckContext(context, cohort), evals === "default" ? undefined : evals);
}
/** Judges only make a verdict stricter: a judge's fail or warn routes to a reviewer, never blocks alone; skipped ones are listed. */
export function withJudges(report, judged) {
    const warned = judged.some((j) => j.status === "warn" || j.status === "fail");
    const verdict = report.verdict === "fail" ? "fail" : report.verdict === "review" || warned ? "review" : "pass";
    return { ...report, verdict, checks: [...report.checks, ...judged] };
}
