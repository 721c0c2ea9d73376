/** The installation client a Probot handler gets, and the repository it acts on. */
import type { Context } from "probot";

export type GitHubClient = Context["octokit"];

export interface RepoRef {
  owner: string;
  repo: string;
}

/** An Octokit request error's HTTP status, or undefined for anything else. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : undefined;
}
