/**
 * Promote or not, with reasons a reviewer can check. Only the criteria decide; a criterion that
 * was not measured blocks (never guessed), and an inconclusive one decides by what was observed
 * and says that it is inconclusive.
 */
import { blocksPromotion } from "./criteria.js";
import { METRICS } from "./metrics.js";
import { formatInterval, formatPercent } from "./percent.js";
export function decide(criteria) {
    if (criteria.length === 0)
        return { promote: false, blocking: ["no promotion criteria defined (promotion.criteria in the workflow's releases.yaml)"] };
    const blocking = criteria.filter(blocksPromotion).map((c) => c.criterion.label);
    return { promote: blocking.length === 0, blocking };
}
/** "met", "not met", "met as observed, inconclusive", "not met, inconclusive", "not measured". */
export function verdictWord(outcome) {
    switch (outcome.status) {
        case "pass": return "met";
        case "fail": return "not met";
        case "skipped": return "not measured";
        case "inconclusive": return outcome.observedMeets ? "met as observed, inconclusive" : "not met, inconclusive";
    }
}
/** "observed 86 percent (103 of 120 runs passed), 95% interval 79–91 percent" */
export function evidence(outcome) {
    if (outcome.status === "skipped")
        return `skipped: ${outcome.skippedReason}; it cannot be shown to hold`;
    const what = METRICS[outcome.metric].measures === "pass_rate" ? "passed" : "failed";
    return `observed ${formatPercent(outcome.observed)} percent (${outcome.count} of ${outcome.total} runs ${what}), 95% interval ${formatInterval(outcome.interval)} percent`;
}
/** One line a criterion: "not met: Unsupported claims below 0.5 percent; observed …". */
export function describeCriterion(outcome) {
    return `${verdictWord(outcome)}: ${outcome.criterion.label}; ${evidence(outcome)}`;
}
