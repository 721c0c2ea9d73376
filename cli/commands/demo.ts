import type { CommandIo } from "../main.ts";
import { parseCommand, type CommandSpec } from "../lib/command.ts";
import { runCampaign } from "../lib/runCampaign.ts";
import { formatGenerationRun } from "../lib/presentRun.ts";
import { EXIT_ENDPOINT_FAILED } from "../lib/modelEndpoint.ts";

const DEMO_CAMPAIGN = "campaigns/trial-expiration-3d";
const DEMO_OUT = ".copygate/demo/drafts.json";

export const spec: CommandSpec = {
  name: "demo",
  summary: "run the whole pipeline on the example campaign against the bundled simulator: no key, no account, loopback only",
  options: [],
  examples: ["npm start", "npx copygate demo"],
  notes: "The demo never calls a configured model, even when OPENAI_API_KEY is set; its drafts go to .copygate/demo/drafts.json.",
};

/**
 * `npm start`: the whole pipeline on the example campaign against the bundled simulator, offline,
 * on the demo clock. Writes its drafts under .copygate/demo so the committed drafts stay untouched.
 */
export async function run(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseCommand(spec, args, io);
  if (typeof parsed === "number") return parsed;
  // The demo never uses a real key, even when one is set: it must run the same everywhere.
  const env = { ...io.env, OPENAI_API_KEY: "", OPENAI_BASE_URL: "" };
  const started = Date.now();
  const result = await runCampaign({ io: { ...io, env }, campaignDir: DEMO_CAMPAIGN, out: DEMO_OUT, cache: false });
  io.stdout(`copygate demo: ${DEMO_CAMPAIGN}\n${result.endpoint}\n\n`);
  io.stdout(formatGenerationRun(result.run, result.clock, { draftsPath: result.draftsFile, outcome: result.draftsOutcome, compact: true }));
  io.stdout(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s. Next: npx copygate trace show ${result.run.trace.trace_id}\n`);
  for (const warning of result.warnings) io.stderr(`warning: ${warning}\n`);
  if (result.endpointFailure) {
    io.stderr(`copygate demo: ${result.endpointFailure}; exit ${EXIT_ENDPOINT_FAILED}\n`);
    return EXIT_ENDPOINT_FAILED;
  }
  return 0;
}
