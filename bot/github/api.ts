/** The GitHub client the bot's helpers take: Probot's installation Octokit has the same REST surface. */
import type { Octokit } from "@octokit/rest";

export type GitHubApi = Octokit;

export interface RepoRef {
  owner: string;
  repo: string;
}

/** GitHub answered with this status (404, 422, …). */
export function hasStatus(error: unknown, status: number): boolean {
  return typeof error === "object" && error !== null && (error as { status?: unknown }).status === status;
}
