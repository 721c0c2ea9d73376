const RANK = { pass: 0, review: 1, fail: 2 };
const RISK_RANK = { low: 0, medium: 1, high: 2 };
/** The worst of every campaign and workflow outcome, and the highest risk level among campaigns. */
export function decideGate(campaigns, workflows, invalidFiles) {
    const outcomes = [invalidFiles ? "fail" : "pass"];
    let risk = null;
    for (const c of campaigns)
        outcomes.push(campaignOutcome(c));
    // A suite that did not run (fork, no dataset) decides nothing: a person must look.
    for (const w of workflows)
        outcomes.push(w.decision === "do_not_promote" ? "fail" : w.decision === "not_run" ? "review" : "pass");
    for (const c of campaigns)
        if (c.risk && (risk === null || RISK_RANK[c.risk] > RISK_RANK[risk]))
            risk = c.risk;
    const decision = outcomes.reduce((worst, o) => (RANK[o] > RANK[worst] ? o : worst), "pass");
    return { decision, risk };
}
function campaignOutcome(c) {
    if (c.freshness === "stop_before_generation" || c.drafts?.current === false || c.verdict === "fail")
        return "fail";
    if (c.freshness === "route_to_review" || c.verdict === "review")
        return "review";
    return "pass";
}
/** Check-run conclusion: failure when the decision reaches `fail-on`, neutral for an unblocking review. */
export function conclusionFor(decision, failOn) {
    if (decision === "pass")
        return "success";
    if (failOn !== "never" && RANK[decision] >= RANK[failOn])
        return "failure";
    return "neutral";
}
