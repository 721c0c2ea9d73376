/** The reviewer judge's check id in core/evals (its rubric prompt is prompts/judges/reviewer.v1.prompt). */
export const REVIEWER_JUDGE_CHECK = "judge_reviewer";
/**
 * A judge never fails a draft alone: core/evals reports its "fail" verdict as a warn. So for a
 * judge only "pass" counts as passing; for a deterministic check a warn passes (it routes to review).
 */
export function isJudgeCheck(checkId) {
    return checkId.startsWith("judge_");
}
export const METRICS = {
    json_validity: { label: "JSON validity", checks: ["output_schema"], measures: "pass_rate", errorsFail: true },
    unsupported_claims: { label: "Unsupported claims", checks: ["grounding"], measures: "failure_rate" },
    legal_restricted_terms: { label: "Legal restricted terms", checks: ["restricted_terms", "competitor_names"], measures: "failure_rate" },
    reviewer_acceptance: { label: "Reviewer acceptance", checks: [REVIEWER_JUDGE_CHECK], measures: "pass_rate", judge: true },
};
export function isMetricId(id) {
    return Object.hasOwn(METRICS, id);
}
export function passes(status, checkId = "") {
    return status === "pass" || (status === "warn" && !isJudgeCheck(checkId));
}
/** Tallies runs for a set of check ids: fail if any fails, skipped if none was measured. */
export function tallyChecks(runs, checkIds, errorsFail = false) {
    const tally = { pass: 0, total: 0 };
    for (const run of runs) {
        if (!run.ok) {
            if (errorsFail)
                tally.total++;
            continue;
        }
        const measured = checkIds.filter((id) => run.checks[id] !== undefined && run.checks[id] !== "skipped");
        if (measured.length === 0) {
            // json_validity: the output arrived and parsed, even where no schema check reported.
            if (errorsFail) {
                tally.total++;
                tally.pass++;
            }
            continue;
        }
        tally.total++;
        if (measured.every((id) => passes(run.checks[id], id)))
            tally.pass++;
    }
    return tally;
}
/** A run passes when it produced output and every check passed (a judge's warn is its "fail"). */
export function runPasses(run) {
    return run.ok && Object.entries(run.checks).every(([id, s]) => s === "skipped" || passes(s, id));
}
export function failingChecks(run) {
    if (!run.ok)
        return [`no output (${run.stage} error)`];
    return Object.entries(run.checks).filter(([id, s]) => s !== "skipped" && !passes(s, id)).map(([id]) => id);
}
