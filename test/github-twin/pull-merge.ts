/**
 * Merging a pull request as the Merge button does: a real merge commit on the base branch, and the
 * pull request closed with merged: true and its merge_commit_sha (what a pull_request.closed carries).
 */
import type { GitStore } from "./git-store.ts";
import type { PullRequestRecord, TwinState } from "./state.ts";

export async function mergePullRequest(git: GitStore, state: TwinState, owner: string, pr: PullRequestRecord): Promise<string> {
  const base = await git.refSha(`refs/heads/${pr.base}`);
  const head = await git.refSha(`refs/heads/${pr.head}`);
  if (!base || !head) throw new Error(`github twin: cannot merge #${pr.number}: ${pr.base} or ${pr.head} is missing`);
  const tree = await git.mergeTree(base, head);
  if (!tree) throw new Error(`github twin: #${pr.number} does not merge cleanly into ${pr.base}`);
  const merger = { name: "GitHub", email: "noreply@github.com", date: state.now() };
  const sha = await git.writeCommit({
    tree, parents: [base, head], author: merger, committer: merger,
    message: `Merge pull request #${pr.number} from ${owner}/${pr.head}\n\n${pr.title}`,
  });
  await git.setRef(`refs/heads/${pr.base}`, sha);
  Object.assign(pr, { state: "closed", merged: true, mergeCommitSha: sha, closedAt: merger.date, mergedShas: { base, head } });
  return sha;
}
