import type { CommandIo } from "../main.ts";
import { parseCommand, type CommandSpec } from "../lib/command.ts";
import { runCampaign } from "../lib/runCampaign.ts";
import { formatGenerationRun } from "../lib/presentRun.ts";
import { EXIT_ENDPOINT_FAILED } from "../lib/modelEndpoint.ts";

export const spec: CommandSpec = {
  name: "generate",
  summary: "freshness → audience → brief → prompt → model → evals → checkpoint; writes the campaign's drafts.json (only when its content or provenance changes) and a trace",
  arguments: [{ name: "<campaign-dir>", description: "the campaign folder, e.g. campaigns/trial-expiration-3d" }],
  options: [
    { flags: "--now <ISO>", description: "judge freshness against this time instead of the clock (ISO 8601)" },
    { flags: "--out <file>", description: "write the drafts here instead of <campaign-dir>/drafts.json" },
    { flags: "--model <name>", description: "the model to ask, instead of the prompt's own" },
    { flags: "--no-cache", description: "ask the model even when a cached answer exists" },
    { flags: "--check", description: "write nothing; exit 1 when drafts.json would change (for CI)" },
    { flags: "--json", description: "print the freshness verdict, drafts and trace id as JSON" },
  ],
  examples: [
    "npx copygate generate campaigns/trial-expiration-3d",
    "npx copygate generate campaigns/trial-expiration-3d --check",
    "OPENAI_API_KEY=sk-… npx copygate generate campaigns/trial-expiration-3d --now 2026-11-20T08:30:00Z",
  ],
  notes: "Without OPENAI_API_KEY or OPENAI_BASE_URL the bundled simulator answers (and no judge counts).\nExit: 0 written or unchanged, 1 stopped, failing drafts or (--check) drafts would change, 2 usage or input error, 3 model endpoint failed.",
};

/**
 * freshness → audience → brief → prompt → model → evals → checkpoint; writes drafts.json and a trace.
 * Exit 0: drafts pass; 1: stopped or the checkpoint fails; 3: a variant fell back because of the model endpoint.
 */
export async function run(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseCommand(spec, args, io);
  if (typeof parsed === "number") return parsed;
  const [campaignDir] = parsed.positionals as [string];
  const values = parsed.opts as { now?: string; out?: string; model?: string; cache: boolean; check?: boolean; json?: boolean };
  const result = await runCampaign({ io, campaignDir, now: values.now, out: values.out, model: values.model, cache: values.cache, check: values.check });
  const { run: pipelineRun } = result;
  if (values.json) {
    io.stdout(`${JSON.stringify({ freshness: pipelineRun.freshness, drafts: pipelineRun.drafts, trace_id: pipelineRun.trace.trace_id, written: result.written ?? null, drafts_file: result.draftsFile ?? null, drafts_outcome: result.draftsOutcome ?? null }, null, 2)}\n`);
  } else {
    io.stdout(`${result.endpoint}\n\n`);
    io.stdout(formatGenerationRun(pipelineRun, result.clock, { draftsPath: result.draftsFile, outcome: result.draftsOutcome }));
  }
  for (const warning of result.warnings) io.stderr(`warning: ${warning}\n`);
  if (result.endpointFailure) {
    io.stderr(`copygate generate: ${result.endpointFailure}; exit ${EXIT_ENDPOINT_FAILED}\n`);
    return EXIT_ENDPOINT_FAILED;
  }
  if (!pipelineRun.drafts) return 1;
  if (values.check && result.draftsOutcome === "would_change") return 1;
  return pipelineRun.drafts.checkpoint.verdict === "fail" ? 1 : 0;
}
