import { parseArgs } from "node:util";
import { chooseClock, checkFreshness, formatFreshnessReport, freshnessJson, runIdFor } from "../../core/contract/index.js";
import { loadCampaign } from "../../core/files/index.js";
import { assertCampaignValid } from "../../core/pipeline/index.js";
const USAGE = "usage: copygate freshness <campaign-dir> [--now ISO] [--json]\n";
/** `copygate freshness <campaign-dir>`: the data contract verdict; exit 1 when generation must stop. */
export async function run(args, io) {
    let parsed;
    try {
        parsed = parseArgs({ args, allowPositionals: true, options: { now: { type: "string" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" } } });
    }
    catch (error) {
        // Node's parseArgs appends advice about "--" that does not apply here: keep its first sentence.
        io.stderr(`copygate freshness: ${error.message.split(". ")[0]}\n${USAGE}`);
        return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(USAGE);
        return 0;
    }
    if (positionals.length !== 1) {
        io.stderr(`copygate freshness: expected one campaign directory\n${USAGE}`);
        return 2;
    }
    const given = values.now === undefined ? undefined : new Date(values.now);
    if (given && Number.isNaN(given.getTime())) {
        io.stderr(`copygate freshness: --now "${values.now}" is not an ISO 8601 time (e.g. 2026-11-20T08:30:00Z)\n`);
        return 2;
    }
    await assertCampaignValid(io.cwd, positionals[0]);
    const campaign = await loadCampaign(io.cwd, positionals[0]);
    const clock = await chooseClock(io.cwd, campaign, given);
    const { report } = await checkFreshness({ root: io.cwd, campaign, now: clock.now, runId: runIdFor(clock.now), sources: { env: io.env } });
    io.stdout(values.json ? `${JSON.stringify(freshnessJson(report, clock), null, 2)}\n` : formatFreshnessReport(report, clock));
    return report.decision === "stop_before_generation" ? 1 : 0;
}
