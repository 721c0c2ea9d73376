/**
 * The repository's bot settings in `.github/copygate.yml`, read from the default branch only (so a
 * pull request cannot switch them on for itself):
 *
 *   generate:
 *     on_pull_request: true   # regenerate stale drafts on pull_request opened/synchronize (default false)
 *
 * Read as JSON through the contents API (Probot's context.config asks for the raw media type).
 */
import { parse } from "yaml";
import { httpStatus, type GitHubClient, type RepoRef } from "./client.ts";

export interface GenerateSettings {
  onPullRequest: boolean;
  /** Why the file was not used as written (logged for whoever runs the bot), or null. */
  problem: string | null;
}

export const SETTINGS_FILE = ".github/copygate.yml";
const OFF = (problem: string | null): GenerateSettings => ({ onPullRequest: false, problem });

export async function readGenerateSettings(octokit: GitHubClient, repo: RepoRef, defaultBranch: string): Promise<GenerateSettings> {
  let text: string;
  try {
    const { data } = await octokit.rest.repos.getContent({ ...repo, path: SETTINGS_FILE, ref: defaultBranch });
    if (Array.isArray(data) || data.type !== "file" || !("content" in data)) return OFF(`${SETTINGS_FILE} is not a file`);
    text = Buffer.from(data.content, "base64").toString("utf8");
  } catch (error) {
    if (httpStatus(error) === 404) return OFF(null);
    throw error;
  }
  let value: unknown;
  try {
    value = (parse(text) as { generate?: { on_pull_request?: unknown } } | null)?.generate?.on_pull_request;
  } catch (error) {
    return OFF(`${SETTINGS_FILE} is not valid YAML (${(error as Error).message.split("\n", 1)[0]}); generate.on_pull_request treated as false`);
  }
  if (value !== undefined && typeof value !== "boolean") {
    return OFF(`${SETTINGS_FILE}: generate.on_pull_request must be true or false, not ${JSON.stringify(value)}; treated as false`);
  }
  return { onPullRequest: value === true, problem: null };
}
