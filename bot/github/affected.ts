/**
 * The campaigns a pull request affects, mapped exactly as the Action maps them (core/report
 * affectedByChanges over the pull request's changed files), so "the drafts the Action found stale"
 * and the bot's default agree.
 */
import { parse } from "yaml";
import { affectedByChanges } from "../../core/report/index.ts";
import type { ChangedFile } from "../../core/report/index.ts";
// What each campaign uses is read from the checkout the same way the Action reads it.
import { repositoryUses } from "../../action/src/stages/uses.ts";
import { httpStatus, type GitHubClient, type RepoRef } from "./client.ts";

export async function affectedCampaignDirs(octokit: GitHubClient, repo: RepoRef, args: { number: number; baseSha: string; root: string }): Promise<string[]> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, pull_number: args.number, per_page: 100 });
  const changed: ChangedFile[] = files.map((f) => ({ filename: f.filename, status: f.status, ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}) }));
  const uses = await repositoryUses(args.root, (workflow) => baseProduction(octokit, repo, args.baseSha, workflow));
  const ids = Object.keys(affectedByChanges(changed, uses).campaigns);
  return uses.campaigns.filter((c) => ids.includes(c.id)).map((c) => c.dir).sort();
}

/** `production` in prompts/<workflow>/releases.yaml on the base commit, or null. */
async function baseProduction(octokit: GitHubClient, repo: RepoRef, ref: string, workflow: string): Promise<number | null> {
  try {
    const { data } = await octokit.rest.repos.getContent({ ...repo, path: `prompts/${workflow}/releases.yaml`, ref });
    if (Array.isArray(data) || data.type !== "file" || !("content" in data)) return null;
    const production = (parse(Buffer.from(data.content, "base64").toString("utf8")) as { production?: unknown } | null)?.production;
    return typeof production === "number" ? production : null;
  } catch (error) {
    if (httpStatus(error) === 404) return null;
    if (error instanceof Error && error.name === "YAMLParseError") return null;
    throw error;
  }
}
