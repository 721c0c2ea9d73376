import { buildPromptInput } from "../brief/index.ts";
import type { Cohort } from "../brief/index.ts";
import { runJudges } from "../evals/index.ts";
import type { JudgeModel } from "../evals/index.ts";
import type { Attempt, GenerateResult, Generator, ModelSettings } from "../generate/index.ts";
import type { DraftVariant, TraceGeneration } from "../model/index.ts";
import { renderFallback, renderPrompt } from "../prompts/index.ts";
import type { CampaignContext } from "./context.ts";
import { checkVariantContent, cohortCheckContext, withJudges } from "./evaluate.ts";

export interface VariantOutcome {
  variant: DraftVariant;
  promptInput: Record<string, unknown>;
  generation: TraceGeneration;
  fallback?: { variant: string; reason: string; to: string; cause?: "content" | "endpoint" | "budget" };
  httpAttempts: number;
}

/** One audience cohort through brief → prompt → model (or the approved fallback template) → evals. */
export async function draftVariant(
  context: CampaignContext,
  cohort: Cohort,
  deps: { generator: Generator; settings: ModelSettings; judge?: JudgeModel },
): Promise<VariantOutcome> {
  const { campaign, policies, prompt, root } = context;
  const promptInput = buildPromptInput({ campaign, policies, cohort });
  const messages = await renderPrompt(prompt, promptInput);
  const startedAt = new Date().toISOString();
  const result: GenerateResult = await deps.generator.generate({
    messages,
    outputSchema: prompt.outputSchema,
    schemaName: campaign.workflow,
    settings: deps.settings,
  });

  let content: Record<string, unknown>;
  let fallback: VariantOutcome["fallback"];
  if (result.ok) {
    content = result.content;
    if (result.model !== deps.settings.model) fallback = { variant: cohort.key, reason: primaryFailure(result.attempts, deps.settings.model), to: result.model };
  } else {
    // Content rollback: the workflow's approved template, rendered from the same brief.
    content = await renderFallback(root, campaign.workflow, promptInput);
    fallback = { variant: cohort.key, reason: result.reason, to: "fallback_template", cause: result.failure };
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
      ...(!result.ok ? { fallback_cause: result.failure } : {}),
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
      ...(result.ok && result.cache_origin ? { cache_origin: result.cache_origin } : {}),
      ...(result.ok && result.history.repaired ? { repaired: true } : {}),
      ...(!result.ok ? { fallback_cause: result.failure } : {}),
      started_at: startedAt,
    },
    fallback,
    httpAttempts: result.attempts.length,
  };
}

/** Why the prompt's own model was given up on: its last failed attempt, in one line. */
function primaryFailure(attempts: Attempt[], model: string): string {
  const failed = attempts.filter((a) => a.model === model && !a.ok);
  const last = failed.at(-1);
  if (!last) return `${model} failed`;
  return `${model}: ${last.reason ?? last.error_class ?? `HTTP ${last.status}`} after ${failed.length} attempt${failed.length === 1 ? "" : "s"}`;
}
