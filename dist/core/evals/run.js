import { InputError } from "../errors.js";
import { CHECKS, CHECK_IDS, isCheckId } from "./registry.js";
import { riskLevel } from "./risk.js";
import { claimsUsedBy } from "./checks/grounding.js";
import { stringList } from "./text.js";
/** Fields starting with "_" annotate a draft file (expected results, notes); they are not copy. */
export function stripAnnotations(draft) {
    return Object.fromEntries(Object.entries(draft).filter(([key]) => !key.startsWith("_")));
}
/** Any fail fails; any warn, or risk flags the model raised, goes to review; otherwise pass. */
export function verdictOf(checks, riskFlagged = false) {
    if (checks.some((c) => c.status === "fail"))
        return "fail";
    if (riskFlagged || checks.some((c) => c.status === "warn"))
        return "review";
    return "pass";
}
function selectedChecks(ctx, checkIds) {
    for (const id of checkIds ?? []) {
        if (!isCheckId(id)) {
            throw new InputError(`unknown check "${id}"`, { field: "evals", hint: `use "default" or check ids from: ${CHECK_IDS.join(", ")}` });
        }
    }
    const ids = checkIds && checkIds.length > 0 ? checkIds : CHECK_IDS;
    // A check for another channel (subject lines on a search ad) does not apply: it is left out.
    return ids.filter((id) => {
        const channels = CHECKS[id].channels;
        return channels === "all" || channels.includes(ctx.channel.kind);
    });
}
export function runCheck(id, draft, ctx) {
    const check = CHECKS[id];
    const outcome = check.run(draft, ctx);
    return { id, label: check.label, status: outcome.status, message: outcome.message, evidence: outcome.evidence ?? [], owner: check.owner };
}
/** Runs the campaign's checks on one draft (in the workflow's output schema) and decides the verdict. */
export function runChecks(draft, ctx, checkIds) {
    const checks = selectedChecks(ctx, checkIds).map((id) => runCheck(id, draft, ctx));
    // Flags count even when a campaign's eval list leaves the risk_flags check out.
    const verdict = verdictOf(checks, stringList(draft, "risk_flags").some((f) => f.trim() !== ""));
    const claimsUsed = claimsUsedBy(draft, ctx);
    const risk = riskLevel({ checks, verdict, channel: ctx.channel, claimsUsed });
    return { verdict, risk_level: risk.level, risk_reasons: risk.reasons, checks };
}
