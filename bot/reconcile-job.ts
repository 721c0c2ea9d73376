/**
 * One reconcile of a repository: read the default branch's head through the API, find the pull
 * request that merged it, and reconcile every campaign of that tree (core/publish). Logs one line
 * per campaign.
 */
import { appendTrace } from "../core/trace/index.ts";
import type { TraceRecord } from "../core/model/index.ts";
import { dryRunPorts } from "./dry-run-ports.ts";
import { reconcileCampaign, type CampaignOutcome } from "../core/publish/reconcile.ts";
import { findTarget } from "../core/publish/targets/index.ts";
import type { GitHubApi, RepoRef } from "./github/api.ts";
import { githubApprovals, mergedPullRequestFor } from "./github/approvals.ts";
import { githubLedger } from "./github/ledger.ts";
import { githubRecorder } from "./github/recorder.ts";
import { readCommitTree } from "./github/repo-tree.ts";

export interface BotSettings {
  /** Where the outbox and traces are written (the bot's working folder). */
  dataDir: string;
  env: Record<string, string | undefined>;
  leaseMs: number;
  /** Freshness clock for the checks (tests, demos); else each campaign's own clock. */
  checkClock?: Date;
  log(line: string): void;
  fetch?: typeof fetch;
  /** Read GitHub and the targets, write nothing: each write is logged as what it would be. */
  dryRun?: boolean;
}

export async function reconcileRepository(octokit: GitHubApi, repo: RepoRef, by: string, settings: BotSettings): Promise<CampaignOutcome[]> {
  const { data: repository } = await octokit.rest.repos.get({ ...repo });
  const { data: head } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${repository.default_branch}` });
  const mergeCommit = head.object.sha;
  const pullRequest = await mergedPullRequestFor(octokit, repo, mergeCommit);
  const tree = await readCommitTree(octokit, repo, mergeCommit);
  const outcomes: CampaignOutcome[] = [];
  try {
    const merge = { root: tree.root, mergeCommit, pullRequest };
    for (const campaignDir of tree.campaignDirs) {
      const writes = settings.dryRun
        ? dryRunPorts(githubLedger(octokit, repo), settings.log)
        : { ledger: githubLedger(octokit, repo), recorder: githubRecorder(octokit, repo), findTarget, trace: (record: TraceRecord) => appendTrace(settings.dataDir, record) };
      const outcome = await reconcileCampaign(campaignDir, merge, {
        ...writes, by,
        approvals: (verified, pr) => githubApprovals(octokit, repo, tree.root, verified, pr),
        targetEnvironment: { env: settings.env, root: settings.dataDir, log: settings.log, ...(settings.fetch ? { fetch: settings.fetch } : {}) },
        leaseMs: settings.leaseMs, now: () => new Date(), ...(settings.checkClock ? { checkClock: settings.checkClock } : {}),
      });
      // A dry run created nothing: its summary says what would have happened, never that it did.
      const summary = settings.dryRun ? outcome.summary.replace(/: (published|rolled_back|held) to (\S+) as (\w+) \(.*\)$/, ": would be $1 to $2 as $3") : outcome.summary;
      settings.log(`copygate: ${repo.owner}/${repo.repo}@${mergeCommit.slice(0, 7)} ${summary}`);
      outcomes.push(outcome);
    }
  } finally {
    await tree.dispose();
  }
  return outcomes;
}
