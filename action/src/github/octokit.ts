/** The Octokit the Action talks to GitHub with: @actions/github's, pointed at GITHUB_API_URL. */
import { getOctokit } from "@actions/github";

export type Octokit = ReturnType<typeof getOctokit>;

export interface RepoRef {
  owner: string;
  repo: string;
}

export function connect(token: string, apiUrl: string): Octokit {
  return getOctokit(token, { baseUrl: apiUrl });
}

/** The HTTP status of an Octokit RequestError, or null for anything else. */
export function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : null;
}
