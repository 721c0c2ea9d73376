/** Reads a file as it is on the base commit through the contents API (the checkout holds the head only). */
import { parse } from "yaml";
import { normalizeRoot } from "../lib/paths.ts";
import type { Octokit, RepoRef } from "./octokit.ts";
import { statusOf } from "./octokit.ts";

export async function readBaseFile(octokit: Octokit, repo: RepoRef, ref: string, path: string): Promise<string | null> {
  try {
    const { data } = await octokit.rest.repos.getContent({ ...repo, path, ref });
    if (Array.isArray(data) || data.type !== "file" || !("content" in data)) return null;
    return Buffer.from(data.content, "base64").toString("utf8");
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
}

/** The `production` version in prompts/<workflow>/releases.yaml on the base commit, or null. */
export async function readBaseProduction(octokit: Octokit, repo: RepoRef, ref: string, root: string, workflow: string): Promise<number | null> {
  const text = await readBaseFile(octokit, repo, ref, `${normalizeRoot(root)}prompts/${workflow}/releases.yaml`);
  if (text === null) return null;
  try {
    const production = (parse(text) as { production?: unknown } | null)?.production;
    return typeof production === "number" ? production : null;
  } catch {
    return null; // an unparsable base file: treat the head's version as a change
  }
}
