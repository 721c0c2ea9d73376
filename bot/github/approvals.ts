/**
 * The reviews of a merged pull request and team membership, asked of GitHub, for the core's
 * approval rules (core/publish/approvals.ts). The reviewer map is read from the merged tree.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { evaluateApprovals, type ApprovalVerdict } from "../../core/publish/approvals.ts";
import type { MergedPullRequest } from "../../core/publish/reconcile.ts";
import type { VerifiedCampaign } from "../../core/publish/verify.ts";
import { parseReviewerMap, type ReviewerMap } from "../../core/report/reviewers.ts";
import { hasStatus, type GitHubApi, type RepoRef } from "./api.ts";

export const REVIEWER_MAP_FILE = ".github/copygate-reviewers";

export async function readReviewerMap(root: string): Promise<ReviewerMap> {
  const text = await readFile(join(root, REVIEWER_MAP_FILE), "utf8").catch(() => null);
  return text === null ? {} : parseReviewerMap(text);
}

export async function isTeamMember(octokit: GitHubApi, owner: string, login: string): Promise<boolean> {
  const [org, team] = owner.slice(1).split("/");
  if (!org || !team) return false;
  try {
    const { data } = await octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: team, username: login });
    return data.state === "active";
  } catch (error) {
    if (hasStatus(error, 404)) return false;
    throw error;
  }
}

export async function githubApprovals(octokit: GitHubApi, repo: RepoRef, root: string, verified: VerifiedCampaign, pr: MergedPullRequest | null): Promise<ApprovalVerdict> {
  const groups = verified.requiredGroups;
  const risk = verified.risk ?? "high";
  if (groups.length === 0) return { ok: true, groups: [] };
  if (!pr) return { ok: false, groups: groups.map((group) => ({ group, missing: `no merged pull request carries reviews for this commit (pushed directly?); ${group} approval required for risk ${risk}` })) };
  const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { ...repo, pull_number: pr.number, per_page: 100 });
  return evaluateApprovals({
    groups, risk, author: pr.author, headSha: pr.headSha, reviewerMap: await readReviewerMap(root), org: repo.owner,
    reviews: reviews.map((r) => ({ user: r.user?.login ?? "", state: r.state, commitId: r.commit_id ?? "", submittedAt: r.submitted_at ?? "" })),
    isMember: (owner, login) => isTeamMember(octokit, owner, login),
  });
}

/** The pull request whose merge made this commit, with its head and author (null for a direct push). */
export async function mergedPullRequestFor(octokit: GitHubApi, repo: RepoRef, commitSha: string): Promise<MergedPullRequest | null> {
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: commitSha });
  const merged = data.find((pr) => pr.merged_at && pr.merge_commit_sha === commitSha);
  if (!merged) return null;
  const { data: full } = await octokit.rest.pulls.get({ ...repo, pull_number: merged.number });
  return { number: full.number, author: full.user.login, headSha: full.head.sha };
}
