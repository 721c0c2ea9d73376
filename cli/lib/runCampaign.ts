import { relative, resolve } from "node:path";
import { chooseClock } from "../../core/contract/index.ts";
import type { RunClock } from "../../core/contract/index.ts";
import { InputError } from "../../core/errors.ts";
import { assertCampaignValid, draftsPath, loadCampaignContext, modelName, runGeneration, writeDraftsFile } from "../../core/pipeline/index.ts";
import type { GenerationRun } from "../../core/pipeline/index.ts";
import { appendTrace, exportTraceFromEnv } from "../../core/trace/index.ts";
import type { CommandIo } from "../main.ts";
import { openModelEndpoint } from "./modelEndpoint.ts";

export interface CampaignRunResult {
  run: GenerationRun;
  clock: RunClock;
  endpoint: string;
  /** Repository-relative path the drafts were written to, if any. */
  written?: string;
  warnings: string[];
}

/** The shared body of `generate` and `demo`: clock, endpoint, pipeline, drafts file, trace. */
export async function runCampaign(args: {
  io: CommandIo;
  campaignDir: string;
  now?: string;
  out?: string;
  model?: string;
  cache?: boolean;
}): Promise<CampaignRunResult> {
  const { io } = args;
  const root = io.cwd;
  const campaignDir = relative(root, resolve(root, args.campaignDir)) || ".";
  await assertCampaignValid(root, campaignDir);
  const context = await loadCampaignContext(root, campaignDir);
  const given = args.now ? parseNow(args.now) : undefined;
  const clock = await chooseClock(root, context.campaign, given);
  const model = args.model ?? io.env.COPYGATE_MODEL;
  const endpoint = await openModelEndpoint({ cwd: root, env: io.env, cache: args.cache, judgeModel: model ?? modelName(context.prompt), simulator: { port: 0 } });
  try {
    const run = await runGeneration({
      root,
      campaignDir,
      context,
      now: clock.now,
      generator: endpoint.generator,
      model,
      judge: endpoint.judge,
    });
    const warnings: string[] = [];
    let written: string | undefined;
    if (run.drafts) {
      written = args.out ? relative(root, resolve(root, args.out)) : draftsPath(campaignDir);
      await writeDraftsFile(root, written, run.drafts, run.rendered);
    }
    await appendTrace(root, run.trace);
    const exported = await exportTraceFromEnv(run.trace, io.env);
    if (typeof exported === "string") warnings.push(exported);
    return { run, clock, endpoint: endpoint.description, written, warnings };
  } finally {
    await endpoint.close();
  }
}

function parseNow(value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new InputError(`--now "${value}" is not an ISO 8601 time`, { hint: "e.g. --now 2026-11-20T08:30:00Z" });
  }
  return date;
}
