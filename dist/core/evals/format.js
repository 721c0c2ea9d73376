/** The machine-readable report of `copygate check --json`. */
export function reportJson(report) {
    return {
        verdict: report.verdict,
        risk_level: report.risk_level,
        checks: report.checks.map((c) => ({ id: c.id, status: c.status, message: c.message, evidence: c.evidence ?? [] })),
    };
}
const MARK = { pass: "✓", warn: "!", fail: "✗", skipped: "-" };
/** The readable report: one line a check, its evidence indented under it, then the decision. */
export function formatReport(report, route) {
    const lines = [`Verdict: ${report.verdict} (risk: ${report.risk_level})`];
    for (const check of report.checks) {
        lines.push(`${MARK[check.status]} ${check.label}: ${check.message}`);
        if (check.status !== "pass")
            for (const item of check.evidence ?? [])
                lines.push(`    ${item}`);
    }
    lines.push(`Reviewers: ${route.required_reviewers.join(", ") || "none"}`);
    lines.push(`Decision: ${route.decision}`);
    return `${lines.join("\n")}\n`;
}
