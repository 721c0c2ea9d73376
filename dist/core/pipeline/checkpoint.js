import { routeApproval } from "../evals/index.js";
const STATUS_RANK = { skipped: 0, pass: 1, warn: 2, fail: 3 };
const VERDICT_RANK = { pass: 0, review: 1, fail: 2 };
/**
 * One report for the whole campaign: each check's worst status over all variants, with the
 * evidence prefixed by the variant it came from, so a reviewer sees where to look.
 */
export function mergeVariantReports(variants, freshness) {
    const byId = new Map();
    for (const v of variants) {
        for (const check of v.evals.checks) {
            const seen = byId.get(check.id);
            const evidence = (check.evidence ?? []).map((e) => `${v.audience.key}: ${e}`);
            if (!seen) {
                byId.set(check.id, { ...check, evidence: [...evidence] });
                continue;
            }
            if (STATUS_RANK[check.status] > STATUS_RANK[seen.status]) {
                byId.set(check.id, { ...check, evidence: [...(seen.evidence ?? []), ...evidence] });
            }
            else {
                seen.evidence = [...(seen.evidence ?? []), ...evidence];
            }
        }
    }
    let verdict = "pass";
    for (const v of variants)
        if (VERDICT_RANK[v.evals.verdict] > VERDICT_RANK[verdict])
            verdict = v.evals.verdict;
    const reasons = [...new Set(variants.flatMap((v) => v.evals.risk_reasons ?? []))];
    // Stale data, a policy due for review or a fallback template always put a person in the loop;
    // the copy itself is no riskier for it, so the risk level stays what the checks found.
    if (freshness.decision !== "proceed")
        reasons.push(...freshness.notes.slice(0, 1));
    const fallbacks = variants.filter((v) => v.source === "fallback_template").map((v) => v.audience.key);
    if (fallbacks.length > 0)
        reasons.push(`generation failed, approved fallback template used for ${fallbacks.join(", ")}`);
    const otherModel = variants.filter((v) => v.source === "model" && v.fallback_reason).map((v) => v.audience.key);
    if (otherModel.length > 0)
        reasons.push(`written by a fallback model for ${otherModel.join(", ")}`);
    if (reasons.length > 0 && verdict === "pass")
        verdict = "review";
    const checks = [...byId.values()].map((c) => (c.evidence?.length ? c : withoutEvidence(c)));
    const risk = variants.map((v) => v.evals.risk_level);
    const risk_level = risk.includes("high") ? "high" : risk.includes("medium") ? "medium" : "low";
    return { verdict, risk_level, checks, ...(reasons.length ? { risk_reasons: reasons } : {}) };
}
function withoutEvidence(check) {
    const { evidence: _evidence, ...rest } = check;
    return rest;
}
export function buildCheckpoint(args) {
    const { campaign, runId, promptVersion, report } = args;
    const routed = routeApproval(report, campaign.approval);
    return {
        workflow: campaign.workflow,
        run_id: runId,
        prompt_version: `${campaign.workflow}:v${promptVersion}`,
        audience: (campaign.audience?.segment ?? "—").replace(/^seg_/, ""),
        risk_level: routed.risk_level,
        verdict: report.verdict,
        required_reviewers: routed.required_reviewers,
        decision: routed.decision,
    };
}
