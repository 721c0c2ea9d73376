import { parseArgs } from "node:util";
import { runCampaign } from "../lib/runCampaign.js";
import { formatGenerationRun } from "../lib/presentRun.js";
const USAGE = "usage: copygate generate <campaign-dir> [--now ISO] [--out file] [--model name] [--no-cache] [--json]";
/** freshness → audience → brief → prompt → model → evals → checkpoint; writes drafts.json and a trace. */
export async function run(args, io) {
    let parsed;
    try {
        parsed = parseArgs({
            args,
            allowPositionals: true,
            options: { now: { type: "string" }, out: { type: "string" }, model: { type: "string" }, "no-cache": { type: "boolean" }, json: { type: "boolean" } },
        });
    }
    catch (error) {
        io.stderr(`${error.message}\n${USAGE}\n`);
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
    }
    else {
        io.stdout(`${result.endpoint}\n\n`);
        io.stdout(formatGenerationRun(pipelineRun, result.clock, { draftsPath: result.written }));
    }
    for (const warning of result.warnings)
        io.stderr(`warning: ${warning}\n`);
    if (!pipelineRun.drafts)
        return 1;
    return pipelineRun.drafts.checkpoint.verdict === "fail" ? 1 : 0;
}
