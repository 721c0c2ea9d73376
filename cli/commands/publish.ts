/**
 * `copygate publish <campaign-dir> --dry-run`: what merging would publish for one campaign, from
 * the working tree. `copygate publish --reconcile [--dry-run]`: the bot's reconcile, run once for
 * the repository's default branch (GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL), e.g. to
 * recover after a crash; with --dry-run it writes nothing anywhere.
 */
import { parseFlags } from "../lib/flags.ts";
import { Octokit } from "@octokit/rest";
import { InputError } from "../../core/errors.ts";
import { describePublish } from "../../core/publish/dry-run.ts";
import { findTarget } from "../../core/publish/targets/index.ts";
import { verifyCampaign } from "../../core/publish/verify.ts";
import { botSettingsFrom } from "../../bot/app.ts";
import { reconcileRepository } from "../../bot/reconcile-job.ts";
import type { CommandIo } from "../main.ts";

const USAGE = "usage: copygate publish <campaign-dir> --dry-run [--now <ISO time>]\n       copygate publish --reconcile [--dry-run]   (GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL)\n";

export async function run(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseFlags("publish", args, { "dry-run": { type: "boolean" }, reconcile: { type: "boolean" }, now: { type: "string" }, help: { type: "boolean", short: "h" } });
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const now = values.now === undefined ? undefined : new Date(values.now);
  if (now && Number.isNaN(now.getTime())) throw new InputError(`--now ${values.now} is not an ISO 8601 time`, { hint: "e.g. --now 2026-11-20T08:30:00Z" });
  if (values.reconcile) return reconcile(io, values["dry-run"] ?? false, now);
  const [campaignDir, ...extra] = positionals;
  if (!campaignDir || extra.length > 0) {
    io.stderr(`copygate publish: expected one campaign folder\n${USAGE}`);
    return 2;
  }
  if (!values["dry-run"]) {
    io.stderr("copygate publish: only the merge publishes (approvals live on the pull request). Use --dry-run to see what merging would publish, or --reconcile to run the bot's reconcile of the default branch.\n");
    return 2;
  }
  const verified = await verifyCampaign(io.cwd, campaignDir.replace(/\/$/, ""), now ? { now } : {});
  const target = verified.context ? findTarget(verified.context.campaign.publish.target) : undefined;
  const { lines, wouldPublish } = await describePublish(verified, target, { env: io.env, root: io.cwd });
  io.stdout(`copygate publish --dry-run: nothing is published\n\n${lines.join("\n")}\n`);
  return wouldPublish ? 0 : 1;
}

async function reconcile(io: CommandIo, dryRun: boolean, now: Date | undefined): Promise<number> {
  const { GITHUB_TOKEN: token, GITHUB_REPOSITORY: repository } = io.env;
  const [owner, repo] = (repository ?? "").split("/");
  if (!token || !owner || !repo) {
    throw new InputError("copygate publish --reconcile reads the ledger, the reviews and the merged tree from GitHub: set GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name)", { hint: "and GITHUB_API_URL for GitHub Enterprise; to preview one campaign locally use `copygate publish <campaign-dir> --dry-run`" });
  }
  const octokit = new Octokit({ auth: token, baseUrl: io.env.GITHUB_API_URL ?? "https://api.github.com", log: { debug() {}, info() {}, warn() {}, error() {} } });
  const lines: string[] = [];
  const settings = botSettingsFrom({ dataDir: io.env.COPYGATE_DATA_DIR ?? io.cwd, env: io.env, log: (line) => lines.push(line), dryRun, ...(now ? { checkClock: now } : {}) }, io.env);
  const outcomes = await reconcileRepository(octokit, { owner, repo }, `cli ${new Date().toISOString()}`, settings);
  io.stdout(`copygate publish --reconcile${dryRun ? " --dry-run: nothing is written" : ""}\n\n${lines.map((l) => l.replace(/^copygate: /, "")).join("\n")}\n`);
  return outcomes.some((o) => o.status === "blocked" || o.status === "failed") ? 1 : 0;
}
