import { parseArgs } from "node:util";
import type { CommandIo } from "../main.ts";
import { runCampaign } from "../lib/runCampaign.ts";
import { formatGenerationRun } from "../lib/presentRun.ts";
import { EXIT_ENDPOINT_FAILED } from "../lib/modelEndpoint.ts";

const USAGE = "usage: copygate generate <campaign-dir> [--now ISO] [--out file] [--model name] [--no-cache] [--json]";

/**
 * freshness → audience → brief → prompt → model → evals → checkpoint; writes drafts.json and a trace.
 * Exit 0: drafts pass; 1: stopped or the checkpoint fails; 3: a variant fell back because of the model endpoint.
 */
export async function run(args: string[], io: CommandIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { now: { type: "string" }, out: { type: "string" }, model: { type: "string" }, "no-cache": { type: "boolean" }, json: { type: "boolean" } },
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const [campaignDir, ...extra] = parsed.positionals;
  if (!campaignDir || extra.length > 0) {
    io.stderr(`${USAGE}\n`);
    return 2;
  }
  const { values } = parsed;
  const result = await runCampaign({ io, campaignDir, now: values.now, out: values.out, model: values.model, cache: !values["no-cache"] });
  const { run: pipelineRun } = result;
  if (values.json) {
    io.stdout(`${JSON.stringify({ freshness: pipelineRun.freshness, drafts: pipelineRun.drafts, trace_id: pipelineRun.trace.trace_id, written: result.written ?? null }, null, 2)}\n`);
  } else {
    io.stdout(`${result.endpoint}\n\n`);
    io.stdout(formatGenerationRun(pipelineRun, result.clock, { draftsPath: result.written }));
  }
  for (const warning of result.warnings) io.stderr(`warning: ${warning}\n`);
  if (result.endpointFailure) {
    io.stderr(`copygate generate: ${result.endpointFailure}; exit ${EXIT_ENDPOINT_FAILED}\n`);
    return EXIT_ENDPOINT_FAILED;
  }
  if (!pipelineRun.drafts) return 1;
  return pipelineRun.drafts.checkpoint.verdict === "fail" ? 1 : 0;
}
