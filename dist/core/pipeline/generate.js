import { checkFreshness, partitionAudience } from "../contract/index.js";
import { contentHash } from "../hash.js";
import { runPool } from "../pool.js";
import { newRunId, newTraceId } from "../trace/index.js";
import { buildCheckpoint, mergeVariantReports } from "./checkpoint.js";
import { loadCampaignContext, modelName } from "./context.js";
import { draftsContentHash } from "./drafts.js";
import { blockedTrace, generationTrace } from "./traceRecord.js";
import { draftVariant } from "./variant.js";
/** freshness → audience → brief → prompt → model → evals → approval checkpoint → drafts + trace. */
export async function runGeneration(options) {
    const context = options.context ?? (await loadCampaignContext(options.root, options.campaignDir));
    const { campaign, prompt } = context;
    const runId = newRunId(options.now);
    const traceId = newTraceId();
    const startedAt = new Date();
    // 1. The data contract, before anything could reach a model.
    const { report: freshness, snapshots } = await checkFreshness({ root: options.root, campaign, now: options.now, runId });
    const snapshotHashes = Object.fromEntries(Object.entries(snapshots).map(([name, s]) => [name, s.snapshot_hash]));
    if (freshness.decision === "stop_before_generation") {
        return { context, freshness, partition: null, drafts: null, trace: blockedTrace({ context, runId, traceId, startedAt, freshness, snapshotHashes }) };
    }
    // 2. Audience safety: opted-out, unknown-consent and contradicting recipients never go further.
    const partition = partitionAudience({ campaign, snapshots, now: options.now, report: freshness });
    // 3. One draft per cohort, each through its own prompt input, model call (or fallback) and evals.
    const settings = {
        model: options.model ?? modelName(prompt),
        temperature: prompt.config.temperature,
        maxOutputTokens: prompt.config.maxOutputTokens,
        fallbackModels: options.fallbackModels ?? campaign.generation?.fallback_models,
    };
    const outcomes = new Array(partition.cohorts.length);
    await runPool(partition.cohorts.length, options.concurrency ?? 4, async (i) => {
        outcomes[i] = await draftVariant(context, partition.cohorts[i], { generator: options.generator, settings, judge: options.judge });
    });
    // 4. The approval checkpoint over all variants, and the drafts file with its provenance.
    const report = mergeVariantReports(outcomes.map((o) => o.variant), freshness);
    const checkpoint = buildCheckpoint({ campaign, runId, promptVersion: prompt.version, report });
    const drafts = assembleDrafts({ context, outcomes, partition, checkpoint, settings, snapshots, ids: { traceId, runId }, now: options.now });
    const trace = generationTrace({ context, runId, traceId, startedAt, freshness, snapshotHashes, drafts, report, outcomes, settings });
    return { context, freshness, partition, drafts, trace };
}
function assembleDrafts(args) {
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
            input_snapshots: Object.fromEntries(Object.entries(snapshots).map(([name, s]) => [name, { snapshot_hash: s.snapshot_hash, max_loaded_at: s.max_loaded_at }])),
            prompt_inputs_hash: promptInputsHash(outcomes),
            trace_id: args.ids.traceId,
            run_id: args.ids.runId,
            generated_at: args.now.toISOString(),
        },
        content_hash: draftsContentHash(variants),
    };
}
export function promptInputsHash(outcomes) {
    return contentHash(outcomes.map((o) => ({ audience: o.variant.audience.key, input: o.promptInput })));
}
