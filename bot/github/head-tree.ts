/**
 * A commit's copygate files, read through the API into a local folder, so the pipeline runs on
 * exactly the tree the pull request has (no clone, no credentials on disk).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { runPool } from "../../core/pool.ts";
import type { GitHubClient, RepoRef } from "./client.ts";

/** What the pipeline reads: everything else in the repository (code, docs) is never fetched. */
export const COPYGATE_FOLDERS = ["campaigns/", "prompts/", "policies/", "sources/", "datasets/", "schemas/", ".github/"];
const BLOB_CONCURRENCY = 8;

export class TreeTooLargeError extends Error {}

/** Writes the commit's copygate files under `dir`; returns the repository-relative paths written. */
export async function readCommitTree(octokit: GitHubClient, repo: RepoRef, commitSha: string, dir: string): Promise<string[]> {
  const { data } = await octokit.rest.git.getTree({ ...repo, tree_sha: commitSha, recursive: "1" });
  if (data.truncated) throw new TreeTooLargeError(`the tree of ${commitSha.slice(0, 7)} is too large for GitHub to list in one response`);
  const blobs = data.tree.filter((e) => e.type === "blob" && e.mode !== "120000" && e.path && e.sha && COPYGATE_FOLDERS.some((f) => e.path!.startsWith(f)));
  await runPool(blobs.length, BLOB_CONCURRENCY, async (i) => {
    const entry = blobs[i]!;
    const { data: blob } = await octokit.rest.git.getBlob({ ...repo, file_sha: entry.sha! });
    const target = join(dir, entry.path!);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, Buffer.from(blob.content, blob.encoding === "base64" ? "base64" : "utf8"));
  });
  return blobs.map((b) => b.path!);
}
