import { stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { checkFreshness, chooseClock, runIdFor } from "../../core/contract/index.ts";
import { formatReport, loadCheckContext, readDraftFile, reportJson, routeApproval, runChecks, stripAnnotations } from "../../core/evals/index.ts";
import type { DraftsFile } from "../../core/model/index.ts";
import { assertCampaignValid, loadCampaignContext, recheckVariants } from "../../core/pipeline/index.ts";
import type { CommandIo } from "../main.ts";
import { parseCommand, type CommandSpec } from "../lib/command.ts";

export const spec: CommandSpec = {
  name: "check",
  summary: "run a campaign's checks on its drafts.json (every variant) or on one draft",
  arguments: [{ name: "<campaign-dir>", description: "the campaign whose brief, policies and channel the draft is checked against" }],
  options: [
    { flags: "--draft <file>", description: "a drafts.json (every variant is checked), a folder holding one, or one draft in the workflow's output schema (default: <campaign-dir>/drafts.json)" },
    { flags: "--json", description: "print the results as JSON" },
    { flags: "--usage <summary>", description: "one draft only: the usage summary the draft may cite as support" },
    { flags: "--crm-notes <text...>", description: "one draft only: CRM notes, treated as untrusted text the draft must not obey" },
  ],
  examples: [
    "npx copygate check campaigns/trial-expiration-3d",
    "npx copygate check campaigns/trial-expiration-3d --draft my-draft.json --json",
  ],
  notes: "Exit: 0 every draft passes, 1 a draft needs review or fails, 2 usage or input error.",
};

type Options = { draft?: string; json?: boolean; usage?: string; crmNotes?: string[] };

/** `copygate check`: the campaign's evals on its drafts or one draft; exit 0 when everything passes, 1 otherwise. */
export async function run(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseCommand(spec, args, io);
  if (typeof parsed === "number") return parsed;
  const [campaignDir] = parsed.positionals as [string];
  const options = parsed.opts as Options;
  await assertCampaignValid(io.cwd, campaignDir);
  const draftPath = await resolveDraftPath(io.cwd, options.draft ?? join(campaignDir, "drafts.json"));
  // "_"-prefixed fields annotate a draft file (notes, expected results); they are not copy.
  const read = stripAnnotations(await readDraftFile(io.cwd, draftPath));
  if (isDraftsFile(read)) return checkDraftsFile(io, campaignDir, draftPath, read, options);
  const { campaign, ctx } = await loadCheckContext(io.cwd, campaignDir, { usageSummary: options.usage, crmNotes: options.crmNotes });
  const report = runChecks(read, ctx, campaign.evals === "default" ? undefined : campaign.evals);
  if (options.json) io.stdout(`${JSON.stringify({ ...reportJson(report), read: { file: draftPath, kind: "draft" } }, null, 2)}\n`);
  else io.stdout(`Read: ${draftPath} (one draft)\n\n${formatReport(report, routeApproval(report, campaign.approval))}`);
  return report.verdict === "pass" ? 0 : 1;
}

async function checkDraftsFile(io: CommandIo, campaignDir: string, draftPath: string, drafts: DraftsFile, options: Options): Promise<number> {
  const context = await loadCampaignContext(io.cwd, campaignDir);
  const clock = await chooseClock(io.cwd, context.campaign, undefined);
  const contract = await checkFreshness({ root: io.cwd, campaign: context.campaign, now: clock.now, runId: runIdFor(clock.now), sources: { env: io.env } });
  const variants = recheckVariants(context, drafts, contract, clock.now);
  const allPass = variants.every((v) => v.evals.verdict === "pass");
  if (options.json) {
    const read = { file: draftPath, kind: "drafts_file", variants: variants.length };
    io.stdout(`${JSON.stringify({ read, variants: variants.map((v) => ({ audience: v.audience.key, ...reportJson(v.evals) })) }, null, 2)}\n`);
  } else {
    const sections = variants.map((v) => `Variant ${v.audience.key} (${v.audience.recipients} recipients)\n${formatReport(v.evals, routeApproval(v.evals, context.campaign.approval))}`);
    io.stdout(`Read: ${draftPath} (a drafts file: ${variants.length} variant${variants.length === 1 ? "" : "s"}, each checked with today's checks)\n\n${sections.join("\n")}`);
  }
  return allPass ? 0 : 1;
}

function isDraftsFile(value: Record<string, unknown>): value is DraftsFile & Record<string, unknown> {
  return value.schema_version === 1 && Array.isArray(value.variants) && typeof value.content_hash === "string";
}

/** A folder stands for the drafts.json inside it. */
async function resolveDraftPath(root: string, given: string): Promise<string> {
  const absolute = resolve(root, given);
  const info = await stat(absolute).catch(() => null);
  const file = info?.isDirectory() ? join(absolute, "drafts.json") : absolute;
  return relative(root, file) || file;
}
