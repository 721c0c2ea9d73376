/** The pull request as GitHub sees it now (not as the webhook payload saw it). */
import type { GitHubClient, RepoRef } from "./client.ts";

export interface PullRequestHead {
  number: number;
  open: boolean;
  /** The head branch lives in this repository (not a fork): the bot may commit to it. */
  sameRepository: boolean;
  headRef: string;
  headSha: string;
  baseSha: string;
  /** "owner:branch", as GitHub shows it. */
  headLabel: string;
  htmlUrl: string;
}

export async function readPullRequest(octokit: GitHubClient, repo: RepoRef, number: number): Promise<PullRequestHead> {
  const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: number });
  const headRepo = data.head.repo?.full_name;
  return {
    number,
    open: data.state === "open",
    sameRepository: headRepo !== undefined && headRepo.toLowerCase() === `${repo.owner}/${repo.repo}`.toLowerCase(),
    headRef: data.head.ref,
    headSha: data.head.sha,
    baseSha: data.base.sha,
    headLabel: data.head.label,
    htmlUrl: data.html_url,
  };
}

/** The branch's head now: it may have moved since the pull request was read. */
export async function branchHead(octokit: GitHubClient, repo: RepoRef, branch: string): Promise<string> {
  const { data } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
  return data.object.sha;
}
