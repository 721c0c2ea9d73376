/**
 * `/copygate schedule` on a merged pull request: releases what the final publish gate held as a
 * draft, when the commenter belongs to the gate's group. Answers on the pull request either way.
 */
import type { Probot } from "probot";
import { decodeRecord, type LedgerEntry } from "../../core/publish/ledger.ts";
import { heldEntries, scheduleHeld } from "../../core/publish/schedule.ts";
import { findTarget } from "../../core/publish/targets/index.ts";
import type { GitHubApi, RepoRef } from "../github/api.ts";
import { installationKnown } from "../github/installation.ts";
import { isTeamMember, readReviewerMap } from "../github/approvals.ts";
import { githubLedger } from "../github/ledger.ts";
import { githubRecorder } from "../github/recorder.ts";
import { readCommitTree } from "../github/repo-tree.ts";
import type { Submit } from "../app.ts";
import type { BotSettings } from "../reconcile-job.ts";

export const SCHEDULE_COMMAND = /^\/copygate\s+schedule\b/;

export function registerScheduleCommand(app: Probot, submit: Submit, settings: BotSettings): void {
  app.on("issue_comment.created", async (context) => {
    const { comment, issue, repository } = context.payload;
    if (!issue.pull_request || !SCHEDULE_COMMAND.test(comment.body.trim())) return;
    const repo = { owner: repository.owner.login, repo: repository.name };
    const octokit = context.octokit as unknown as GitHubApi;
    const commenter = comment.user?.login ?? "";
    await submit(`schedule:${context.id}`, async () => {
      if (!(await installationKnown(context, settings.log))) return;
      const message = await schedule(octokit, repo, issue.number, commenter, `delivery ${context.id}`, settings);
      await octokit.rest.issues.createComment({ ...repo, issue_number: issue.number, body: message });
      settings.log(`copygate: ${repo.owner}/${repo.repo}#${issue.number} /copygate schedule by @${commenter}: ${message.split("\n")[0]}`);
    });
  });
}

async function schedule(octokit: GitHubApi, repo: RepoRef, number: number, commenter: string, by: string, settings: BotSettings): Promise<string> {
  const { data: pr } = await octokit.rest.pulls.get({ ...repo, pull_number: number });
  if (!pr.merged || !pr.merge_commit_sha) return "copygate: `/copygate schedule` releases what a merged pull request published as a draft; this pull request is not merged.";
  const all = await allEntries(octokit, repo);
  const held = heldEntries(all, number, pr.merge_commit_sha);
  if (held.length === 0) return "copygate: nothing from this pull request is waiting for `/copygate schedule`.";
  const tree = await readCommitTree(octokit, repo, pr.merge_commit_sha);
  try {
    const map = await readReviewerMap(tree.root);
    const answers: string[] = [];
    for (const entry of held) {
      const group = entry.record.gate_group as string;
      const owners = map[group] ?? [`@${repo.owner}/${group}`];
      const member = owners.some((o) => o.slice(1).toLowerCase() === commenter.toLowerCase()) || (await anyTeam(octokit, owners, commenter));
      if (!member) {
        answers.push(`copygate did not schedule \`${entry.record.campaign}\`: @${commenter} is not in ${group}, the group its final publish gate requires.`);
        continue;
      }
      const outcome = await scheduleHeld({
        held: entry, campaignEntries: all.filter((e) => e.record.campaign === entry.record.campaign), root: tree.root,
        campaignDir: entry.record.campaign_dir ?? tree.campaignDirs.find((d) => d.split("/").at(-1) === entry.record.campaign) ?? `campaigns/${entry.record.campaign}`, commenter, ledger: githubLedger(octokit, repo), recorder: githubRecorder(octokit, repo),
        findTarget, targetEnvironment: { env: settings.env, root: settings.dataDir, log: settings.log }, now: new Date(), by,
      });
      answers.push(outcome.message);
    }
    return answers.join("\n\n");
  } finally {
    await tree.dispose();
  }
}

async function anyTeam(octokit: GitHubApi, owners: string[], login: string): Promise<boolean> {
  for (const owner of owners) if (owner.includes("/") && (await isTeamMember(octokit, owner, login))) return true;
  return false;
}

async function allEntries(octokit: GitHubApi, repo: RepoRef): Promise<LedgerEntry[]> {
  const { data } = await octokit.rest.git.listMatchingRefs({ ...repo, ref: "copygate/published/" });
  const entries = await Promise.all(data.map(async (ref) => {
    const { data: commit } = await octokit.rest.git.getCommit({ ...repo, commit_sha: ref.object.sha });
    const record = decodeRecord(commit.message);
    return record ? { head: ref.object.sha, record } : null;
  }));
  return entries.filter((e): e is LedgerEntry => e !== null);
}
