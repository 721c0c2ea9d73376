import { humanList } from "./text.js";
const HIGH_RISK_OWNERS = new Set(["legal", "claims"]);
export function riskLevel({ checks, verdict, channel, claimsUsed }) {
    const notPassing = checks.filter((c) => c.status === "warn" || c.status === "fail");
    const high = [
        ...notPassing.filter((c) => HIGH_RISK_OWNERS.has(c.owner ?? "") || c.id === "injection_obeyed").map((c) => `${c.label} (${c.status})`),
        ...claimsUsed.filter((c) => (c.covers?.numbers ?? []).length > 0).map((c) => `the copy states the numeric claim ${c.id}`),
    ];
    if (high.length > 0)
        return { level: "high", reasons: high };
    const medium = notPassing.map((c) => `${c.label} (${c.status})`);
    // Review without a flagged check: the model's risk flags, counted outside the eval list.
    if (verdict !== "pass" && medium.length === 0)
        medium.push("the model raised risk flags");
    if (channel.kind !== "email")
        medium.push(`${channel.kind} copy is public`);
    if (medium.length > 0)
        return { level: "medium", reasons: medium };
    return { level: "low", reasons: [] };
}
function groupName(group) {
    return group.replace(/[-_]/g, " ");
}
/** Maps a report's risk level to the campaign's reviewer groups and a one-sentence decision. */
export function routeApproval(report, approval) {
    const required = approval[report.risk_level] ?? [];
    const reasons = report.risk_reasons ?? [];
    if (report.verdict === "fail") {
        const failed = report.checks.filter((c) => c.status === "fail").map((c) => c.label);
        return { risk_level: report.risk_level, required_reviewers: required, decision: `block: ${humanList(failed)} failed; fix the draft and run the checks again` };
    }
    if (report.risk_level === "low" && report.verdict === "pass") {
        return { risk_level: "low", required_reviewers: required, decision: "auto-approve: evals passed" };
    }
    // Name the groups this level adds on top of the base reviewers, most senior (last listed) first.
    const base = new Set(approval.low ?? []);
    const added = required.filter((g) => !base.has(g)).reverse();
    const named = (added.length > 0 ? added : required).map(groupName);
    const why = reasons.length > 0 ? `: ${reasons.join("; ")}` : "";
    return { risk_level: report.risk_level, required_reviewers: required, decision: `escalate to ${humanList(named)}${why}` };
}
