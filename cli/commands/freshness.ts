import { chooseClock, checkFreshness, formatFreshnessReport, freshnessJson, runIdFor } from "../../core/contract/index.ts";
import { loadCampaign } from "../../core/files/index.ts";
import { assertCampaignValid } from "../../core/pipeline/index.ts";
import type { CommandIo } from "../main.ts";
import { parseCommand, type CommandSpec } from "../lib/command.ts";

export const spec: CommandSpec = {
  name: "freshness",
  summary: "check a campaign's data contract (sources and policies against their freshness rules) before any model call",
  arguments: [{ name: "<campaign-dir>", description: "the campaign folder, e.g. campaigns/trial-expiration-3d" }],
  options: [
    { flags: "--now <ISO>", description: "judge freshness against this time instead of the clock (ISO 8601)" },
    { flags: "--json", description: "print the verdict as JSON" },
  ],
  examples: ["npx copygate freshness campaigns/trial-expiration-3d", "npx copygate freshness campaigns/trial-expiration-3d --now 2026-11-21T08:30:00Z --json"],
  notes: "Exit: 0 generation may go ahead, 1 it must stop, 2 usage or input error.",
};

/** `copygate freshness <campaign-dir>`: the data contract verdict; exit 1 when generation must stop. */
export async function run(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseCommand(spec, args, io);
  if (typeof parsed === "number") return parsed;
  const values = parsed.opts as { now?: string; json?: boolean };
  const positionals = parsed.positionals;
  const given = values.now === undefined ? undefined : new Date(values.now);
  if (given && Number.isNaN(given.getTime())) {
    io.stderr(`copygate freshness: --now "${values.now}" is not an ISO 8601 time (e.g. 2026-11-20T08:30:00Z)\n`);
    return 2;
  }
  await assertCampaignValid(io.cwd, positionals[0]!);
  const campaign = await loadCampaign(io.cwd, positionals[0]!);
  const clock = await chooseClock(io.cwd, campaign, given);
  const { report } = await checkFreshness({ root: io.cwd, campaign, now: clock.now, runId: runIdFor(clock.now), sources: { env: io.env } });
  io.stdout(values.json ? `${JSON.stringify(freshnessJson(report, clock), null, 2)}\n` : formatFreshnessReport(report, clock));
  return report.decision === "stop_before_generation" ? 1 : 0;
}
