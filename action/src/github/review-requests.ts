/** Asks the reviewer groups the risk level requires, never the pull request's own author. */
import { parseReviewerMap, reviewRequest } from "../../../core/report/index.ts";
import type { Octokit, RepoRef } from "./octokit.ts";

export const REVIEWER_MAP_FILE = ".github/copygate-reviewers";

export async function requestReviewers(
  octokit: Octokit,
  repo: RepoRef,
  pullRequest: number,
  groups: string[],
  options: { reviewerMapText: string | null; author: string | null },
): Promise<{ reviewers: string[]; team_reviewers: string[] }> {
  const map = options.reviewerMapText ? parseReviewerMap(options.reviewerMapText, REVIEWER_MAP_FILE) : {};
  const request = reviewRequest(groups, map, repo.owner);
  const wanted = { reviewers: request.reviewers.filter((r) => r !== options.author), team_reviewers: request.team_reviewers };
  if (wanted.reviewers.length || wanted.team_reviewers.length) {
    await octokit.rest.pulls.requestReviewers({ ...repo, pull_number: pullRequest, ...wanted });
  }
  return wanted;
}
