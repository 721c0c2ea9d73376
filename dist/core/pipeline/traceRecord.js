import { modelName } from "./context.js";
/** Ids and versions of everything the run read: never a row, an email or a name. */
function traceInputs(context, freshness, snapshotHashes = {}) {
    const { campaign } = context;
    const inputs = {
        campaign_brief_id: campaign.brief.id,
        approved_claims_version: campaign.policies.approved_claims,
        legal_restrictions_version: campaign.policies.legal_restrictions,
        brand_rules_version: campaign.policies.brand_rules,
    };
    for (const [name, verdict] of Object.entries(freshness.required_inputs)) {
        if (verdict.version)
            continue;
        inputs[`${name}_freshness`] = verdict.status;
        const hash = snapshotHashes[name];
        if (hash)
            inputs[`${name}_snapshot`] = hash.slice(0, 19);
    }
    return inputs;
}
function base(ids, model) {
    const { context, runId, traceId, startedAt } = ids;
    return {
        trace_id: traceId,
        kind: "generate",
        workflow: context.campaign.workflow,
        campaign: context.campaign.id,
        run_id: runId,
        started_at: startedAt.toISOString(),
        prompt_version: `${context.campaign.workflow}:v${context.prompt.version}`,
        prompt_hash: context.prompt.hash,
        model,
        provider: "openai",
        temperature: context.prompt.config.temperature,
        inputs: traceInputs(context, ids.freshness, ids.snapshotHashes),
    };
}
/** The run stopped at the data contract: no model call was made, and the trace says why. */
export function blockedTrace(ids) {
    const failing = Object.entries(ids.freshness.required_inputs)
        .filter(([, v]) => v.status === "error" || v.status === "runtime_error")
        .map(([name, v]) => `${name} ${v.status === "error" ? "stale" : "unreadable"}`);
    return {
        ...base(ids, modelName(ids.context.prompt)),
        generation: { latency_ms: 0, input_tokens: 0, output_tokens: 0, calls: 0, fallbacks: [] },
        evals: [],
        approval: { status: "pending", reviewers: [] },
        publish: { status: "blocked", reason: `stopped before generation: ${failing.join(", ") || "data contract failed"}` },
    };
}
export function generationTrace(ids) {
    const { drafts, report, outcomes, settings, freshness } = ids;
    const generations = outcomes.map((o) => o.generation);
    const verdict = report.verdict;
    return {
        ...base(ids, settings.model),
        parameters: { temperature: settings.temperature, max_output_tokens: settings.maxOutputTokens },
        generation: {
            latency_ms: Date.now() - ids.startedAt.getTime(),
            input_tokens: sum(generations.map((g) => g.input_tokens)),
            output_tokens: sum(generations.map((g) => g.output_tokens)),
            calls: sum(outcomes.map((o) => o.httpAttempts)),
            fallbacks: outcomes.flatMap((o) => (o.fallback ? [o.fallback] : [])),
        },
        generations,
        evals: report.checks.map((c) => ({ id: c.id, status: c.status })),
        verdict,
        risk_level: drafts.checkpoint.risk_level,
        approval: {
            status: verdict === "fail" ? "rejected" : verdict === "review" ? "escalated" : "pending",
            reviewers: drafts.checkpoint.required_reviewers,
        },
        publish: publishState(verdict, freshness, outcomes),
        content_hash: drafts.content_hash,
    };
}
function publishState(verdict, freshness, outcomes) {
    const reasons = [];
    if (verdict === "fail")
        reasons.push("automated evals failed");
    if (freshness.decision === "proceed_with_generic_variant")
        reasons.push("stale product usage for partial audience");
    if (freshness.decision === "route_to_review")
        reasons.push("policy review due");
    if (outcomes.some((o) => o.fallback?.to === "fallback_template"))
        reasons.push("fallback template used");
    if (reasons.length > 0)
        return { status: "blocked", reason: reasons.join("; ") };
    return { status: "not_started", reason: "awaiting approval: merge the pull request" };
}
function sum(values) {
    return values.reduce((a, b) => a + b, 0);
}
