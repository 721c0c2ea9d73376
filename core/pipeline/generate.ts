import { checkFreshness, partitionAudience } from "../contract/index.ts";
import type { AudiencePartition } from "../contract/index.ts";
import type { Generator, ModelSettings } from "../generate/index.ts";
import { contentHash } from "../hash.ts";
import type { DraftsFile, FreshnessReport, SourceSnapshot, TraceRecord } from "../model/index.ts";
import { runPool } from "../pool.ts";
import { newRunId, newTraceId } from "../trace/index.ts";
import { buildCheckpoint, mergeVariantReports } from "./checkpoint.ts";
import { loadCampaignContext, modelName } from "./context.ts";
import type { CampaignContext } from "./context.ts";
import { draftsContentHash } from "./drafts.ts";
import { blockedTrace, generationTrace } from "./traceRecord.ts";
import { draftVariant } from "./variant.ts";
import { loadEmailTemplate } from "../render/index.ts";
import type { EmailTemplate, RenderedFiles } from "../render/index.ts";
import { renderDraftVariants } from "./render.ts";
import type { VariantOutcome } from "./variant.ts";
import type { JudgeModel } from "../evals/index.ts";

export interface GenerationOptions {
  root: string;
  campaignDir: string;
  now: Date;
  generator: Generator;
  /** Overrides the prompt's model (e.g. from COPYGATE_MODEL); the prompt's own model otherwise. */
  model?: string;
  fallbackModels?: string[];
  judge?: JudgeModel;
  /** Variants drafted at once; the generator's own limiter still applies. */
  concurrency?: number;
  /** The campaign already loaded by the caller; loaded here otherwise. */
  context?: CampaignContext;
}

export interface GenerationRun {
  context: CampaignContext;
  freshness: FreshnessReport;
  partition: AudiencePartition | null;
  /** Null when the run stopped before generation. */
  drafts: DraftsFile | null;
  /** The rendered emails to write beside drafts.json (path relative to the campaign folder → bytes); empty without a template. */
  rendered: RenderedFiles;
  trace: TraceRecord;
}

/** freshness → audience → brief → prompt → model → evals → approval checkpoint → drafts + trace. */
export async function runGeneration(options: GenerationOptions): Promise<GenerationRun> {
  const context = options.context ?? (await loadCampaignContext(options.root, options.campaignDir));
  const { campaign, prompt } = context;
  const runId = newRunId(options.now);
  const traceId = newTraceId();
  const startedAt = new Date();
  // The template is read and checked before any data or model call: a broken template stops here.
  const template = await loadEmailTemplate(options.root, campaign, context.campaignDir);

  // 1. The data contract, before anything could reach a model.
  const { report: freshness, snapshots } = await checkFreshness({ root: options.root, campaign, now: options.now, runId });
  const snapshotHashes = Object.fromEntries(Object.entries(snapshots).map(([name, s]) => [name, s.snapshot_hash]));
  if (freshness.decision === "stop_before_generation") {
    return { context, freshness, partition: null, drafts: null, rendered: {}, trace: blockedTrace({ context, runId, traceId, startedAt, freshness, snapshotHashes }) };
  }

  // 2. Audience safety: opted-out, unknown-consent and contradicting recipients never go further.
  const partition = partitionAudience({ campaign, snapshots, now: options.now, report: freshness });

  // 3. One draft per cohort, each through its own prompt input, model call (or fallback) and evals.
  const settings: ModelSettings = {
    model: options.model ?? modelName(prompt),
    temperature: prompt.config.temperature,
    maxOutputTokens: prompt.config.maxOutputTokens,
    fallbackModels: options.fallbackModels ?? campaign.generation?.fallback_models,
  };
  const outcomes = new Array<VariantOutcome>(partition.cohorts.length);
  await runPool(partition.cohorts.length, options.concurrency ?? 4, async (i) => {
    outcomes[i] = await draftVariant(context, partition.cohorts[i]!, { generator: options.generator, settings, judge: options.judge });
  });

  // 4. The email as recipients get it: rendered through the template, checked again as sent.
  const rendered = template
    ? await renderDraftVariants(context, template, outcomes.map((o, i) => ({ variant: o.variant, cohort: partition.cohorts[i]! })))
    : {};

  // 5. The approval checkpoint over all variants, and the drafts file with its provenance.
  const report = mergeVariantReports(outcomes.map((o) => o.variant), freshness);
  const checkpoint = buildCheckpoint({ campaign, runId, promptVersion: prompt.version, report });
  const drafts = assembleDrafts({ context, outcomes, partition, checkpoint, settings, snapshots, template, ids: { traceId, runId }, now: options.now });
  const trace = generationTrace({ context, runId, traceId, startedAt, freshness, snapshotHashes, drafts, report, outcomes, settings });
  return { context, freshness, partition, drafts, rendered, trace };
}

function assembleDrafts(args: {
  context: CampaignContext;
  outcomes: VariantOutcome[];
  partition: AudiencePartition;
  checkpoint: DraftsFile["checkpoint"];
  settings: ModelSettings;
  snapshots: Record<string, SourceSnapshot>;
  template: EmailTemplate | null;
  ids: { traceId: string; runId: string };
  now: Date;
}): DraftsFile {
  const { context, outcomes, settings, snapshots } = args;
  const { campaign, prompt } = context;
  const variants = outcomes.map((o) => o.variant);
  return {
    schema_version: 1,
    campaign: campaign.id,
    variants,
    audience_counts: args.partition.counts,
    checkpoint: args.checkpoint,
    provenance: {
      workflow: campaign.workflow,
      prompt_ref: campaign.prompt,
      prompt_version: prompt.version,
      prompt_hash: prompt.hash,
      model: settings.model,
      parameters: { temperature: settings.temperature, max_output_tokens: settings.maxOutputTokens },
      campaign_hash: context.campaignHash,
      policy_versions: { ...campaign.policies },
      policy_hashes: context.policyHashes,
      input_snapshots: Object.fromEntries(
        Object.entries(snapshots).map(([name, s]) => [name, { snapshot_hash: s.snapshot_hash, max_loaded_at: s.max_loaded_at }]),
      ),
      prompt_inputs_hash: promptInputsHash(outcomes),
      ...(args.template ? { email_template: { path: args.template.path, hash: args.template.hash } } : {}),
      trace_id: args.ids.traceId,
      run_id: args.ids.runId,
      generated_at: args.now.toISOString(),
    },
    content_hash: draftsContentHash(variants),
  };
}

export function promptInputsHash(outcomes: Pick<VariantOutcome, "promptInput" | "variant">[]): string {
  return contentHash(outcomes.map((o) => ({ audience: o.variant.audience.key, input: o.promptInput })));
}
