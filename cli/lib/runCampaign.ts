import { relative, resolve } from "node:path";
import { chooseClock } from "../../core/contract/index.ts";
import type { RunClock } from "../../core/contract/index.ts";
import { InputError } from "../../core/errors.ts";
import { assertCampaignValid, draftsPath, draftsWouldChange, loadCampaignContext, modelName, readDraftsFile, runGeneration, writeDraftsFile } from "../../core/pipeline/index.ts";
import type { GenerationRun } from "../../core/pipeline/index.ts";
import { appendTrace, exportTraceFromEnv } from "../../core/trace/index.ts";
import type { CommandIo } from "../main.ts";
import { openModelEndpoint, waitReporter } from "./modelEndpoint.ts";

export interface CampaignRunResult {
  run: GenerationRun;
  clock: RunClock;
  endpoint: string;
  /** Set when a variant fell back to the template because of the endpoint or the run's budget: one line naming the host. */
  endpointFailure?: string;
  /** Repository-relative path the drafts were written to, if any. */
  written?: string;
  /** What happened to the drafts file: written, left alone because nothing changed, or (with check) would change. */
  draftsOutcome?: "written" | "unchanged" | "would_change";
  /** Repository-relative path of the drafts file compared or written. */
  draftsFile?: string;
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
  /** Compare with the drafts file instead of writing it (`generate --check`). */
  check?: boolean;
}): Promise<CampaignRunResult> {
  const { io } = args;
  const root = io.cwd;
  const campaignDir = relative(root, resolve(root, args.campaignDir)) || ".";
  await assertCampaignValid(root, campaignDir);
  const context = await loadCampaignContext(root, campaignDir);
  const given = args.now ? parseNow(args.now) : undefined;
  const clock = await chooseClock(root, context.campaign, given);
  const model = args.model ?? io.env.COPYGATE_MODEL;
  const endpoint = await openModelEndpoint({ cwd: root, env: io.env, cache: args.cache, judgeModel: model ?? modelName(context.prompt), simulator: { port: 0 }, onWait: waitReporter((line) => io.stderr(line)) });
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
    let draftsOutcome: CampaignRunResult["draftsOutcome"];
    let draftsFile: string | undefined;
    if (run.drafts) {
      draftsFile = args.out ? relative(root, resolve(root, args.out)) : draftsPath(campaignDir);
      const changed = draftsWouldChange(await readDraftsFile(root, draftsFile), run.drafts);
      if (args.check) draftsOutcome = changed ? "would_change" : "unchanged";
      else if (!changed) draftsOutcome = "unchanged";
      else {
        await writeDraftsFile(root, draftsFile, run.drafts, run.rendered);
        written = draftsFile;
        draftsOutcome = "written";
      }
    }
    await appendTrace(root, run.trace);
    const exported = await exportTraceFromEnv(run.trace, io.env);
    if (typeof exported === "string") warnings.push(exported);
    const endpointFailure = endpointFailureLine(run, endpoint.host);
    return { run, clock, endpoint: endpoint.description, written, draftsOutcome, draftsFile, warnings, ...(endpointFailure ? { endpointFailure } : {}) };
  } finally {
    await endpoint.close();
  }
}

/** "2 of 3 variants fell back to the template because the model endpoint api.example.com failed: …" */
export function endpointFailureLine(run: GenerationRun, host: string): string | undefined {
  const variants = run.drafts?.variants ?? [];
  const failed = variants.filter((v) => v.fallback_cause === "endpoint" || v.fallback_cause === "budget");
  if (failed.length === 0) return undefined;
  const reason = (failed[0]?.fallback_reason ?? "").replace(/ → fallback_template$/, "");
  const named = reason.includes(host) ? reason : `${host}: ${reason}`;
  return `${failed.length} of ${variants.length} variant${variants.length === 1 ? "" : "s"} fell back to the template because the model endpoint failed, not the content (${named})`;
}

function parseNow(value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new InputError(`--now "${value}" is not an ISO 8601 time`, { hint: "e.g. --now 2026-11-20T08:30:00Z" });
  }
  return date;
}
