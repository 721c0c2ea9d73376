/**
 * The generation itself, on a local copy of the pull request's head: the same core pipeline
 * `copygate generate` runs (guard → context → clock → runGeneration → drafts file), for each campaign.
 */
import { chooseClock } from "../../core/contract/index.ts";
import type { DraftsFile, FreshnessReport } from "../../core/model/index.ts";
import { assertCampaignValid, draftsPath, loadCampaignContext, modelName, runGeneration, serializeDrafts } from "../../core/pipeline/index.ts";
import { exportTraceFromEnv } from "../../core/trace/index.ts";
import { openBotModel, type Env } from "./model.ts";

export type CampaignOutcome =
  | { kind: "generated"; dir: string; path: string; text: string; drafts: DraftsFile; previous: DraftsFile | null; reasons: string[]; fallbacks: string[]; rendered: Record<string, string> }
  | { kind: "stopped"; dir: string; freshness: FreshnessReport };

export interface RegenerateRequest {
  root: string;
  campaigns: Array<{ dir: string; previous: DraftsFile | null; reasons: string[] }>;
  env: Env;
  now?: Date;
  /** Told what went wrong on the side (a trace export that failed); never decides anything. */
  warn?: (message: string) => void;
}

/** Each campaign in turn (one model endpoint for all); never writes to the repository. */
export async function regenerateCampaigns(request: RegenerateRequest): Promise<CampaignOutcome[]> {
  const outcomes: CampaignOutcome[] = [];
  for (const target of request.campaigns) {
    const { root, env } = request;
    await assertCampaignValid(root, target.dir);
    const context = await loadCampaignContext(root, target.dir);
    const clock = await chooseClock(root, context.campaign, request.now);
    const model = env.COPYGATE_MODEL;
    const endpoint = await openBotModel(env, model ?? modelName(context.prompt));
    try {
      const run = await runGeneration({ root, campaignDir: target.dir, context, now: clock.now, generator: endpoint.generator, model, judge: endpoint.judge });
      // Traces go to the team's collector when one is configured; the bot keeps no local trace file.
      const exportProblem = await exportTraceFromEnv(run.trace, env as NodeJS.ProcessEnv);
      if (exportProblem) request.warn?.(exportProblem);
      if (!run.drafts) {
        outcomes.push({ kind: "stopped", dir: target.dir, freshness: run.freshness });
        continue;
      }
      const fallbacks = run.drafts.variants.filter((v) => v.source === "fallback_template").map((v) => v.audience.key);
      outcomes.push({
        kind: "generated", dir: target.dir, path: draftsPath(target.dir), text: serializeDrafts(run.drafts), drafts: run.drafts,
        previous: target.previous, reasons: target.reasons, fallbacks,
        // The rendered emails beside drafts.json are part of what reviewers approve: committed with it.
        rendered: Object.fromEntries(Object.entries(run.rendered).map(([path, bytes]) => [`${target.dir}/${path}`, bytes])),
      });
    } finally {
      await endpoint.close();
    }
  }
  return outcomes;
}

/** Whether the campaign lets the bot commit fallback-template drafts (generation.commit_fallback_template). */
export async function allowsFallbackCommit(root: string, dir: string): Promise<boolean> {
  const context = await loadCampaignContext(root, dir);
  return context.campaign.generation?.commit_fallback_template === true;
}
