import { buildPromptInput } from "../brief/index.js";
import { runJudges } from "../evals/index.js";
import { renderFallback, renderPrompt } from "../prompts/index.js";
import { checkVariantContent, cohortCheckContext, withJudges } from "./evaluate.js";
/** One audience cohort through brief → prompt → model (or the approved fallback template) → evals. */
export async function draftVariant(context, cohort, deps) {
    const { campaign, policies, prompt, root } = context;
    const promptInput = buildPromptInput({ campaign, policies, cohort });
    const messages = await renderPrompt(prompt, promptInput);
    const startedAt = new Date().toISOString();
    const result = await deps.generator.generate({
        messages,
        outputSchema: prompt.outputSchema,
        schemaName: campaign.workflow,
        settings: deps.settings,
    });
    let content;
    let fallback;
    if (result.ok) {
        content = result.content;
        if (result.model !== deps.settings.model)
            fallback = { variant: cohort.key, reason: primaryFailure(result.attempts, deps.settings.model), to: result.model };
    }
    else {
        // Content rollback: the workflow's approved template, rendered from the same brief.
        content = await renderFallback(root, campaign.workflow, promptInput);
        fallback = { variant: cohort.key, reason: result.reason, to: "fallback_template" };
    }
    const report = checkVariantContent(context, cohort, content);
    const judged = await runJudges(content, cohortCheckContext(context, cohort), deps.judge, { root });
    const evals = withJudges(report, judged);
    return {
        variant: {
            audience: { key: cohort.key, variant: cohort.variant, role: cohort.role, recipients: cohort.recipients },
            content,
            source: result.ok ? "model" : "fallback_template",
            ...(fallback ? { fallback_reason: `${fallback.reason} → ${fallback.to}` } : {}),
            evals,
        },
        promptInput,
        generation: {
            variant: cohort.key,
            model: result.ok ? result.model : deps.settings.model,
            latency_ms: result.latency_ms,
            input_tokens: result.ok ? result.usage.input_tokens : 0,
            output_tokens: result.ok ? result.usage.output_tokens : 0,
            source: result.ok ? "model" : "fallback_template",
            cached: result.ok ? result.cached : false,
            started_at: startedAt,
        },
        fallback,
        httpAttempts: result.attempts.length,
    };
}
/** Why the prompt's own model was given up on: its last failed attempt, in one line. */
function primaryFailure(attempts, model) {
    const failed = attempts.filter((a) => a.model === model && !a.ok);
    const last = failed.at(-1);
    if (!last)
        return `${model} failed`;
    return `${model}: ${last.reason ?? last.error_class ?? `HTTP ${last.status}`} after ${failed.length} attempt${failed.length === 1 ? "" : "s"}`;
}
