/**
 * The merged tree, read through the API into a temporary folder, so the core runs on exactly the
 * bytes of that commit (no checkout on the bot's server). Blobs are cached by sha between pushes.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { GitHubApi, RepoRef } from "./api.ts";

const MAX_BLOB_BYTES = 5 * 1024 * 1024;
const CACHE_LIMIT = 4000;
const blobCache = new Map<string, Buffer>();

export interface CommitTree {
  root: string;
  /** Repository-relative folders holding a campaign.yaml, sorted. */
  campaignDirs: string[];
  dispose(): Promise<void>;
}

export async function readCommitTree(octokit: GitHubApi, repo: RepoRef, commitSha: string): Promise<CommitTree> {
  const { data } = await octokit.rest.git.getTree({ ...repo, tree_sha: commitSha, recursive: "true" });
  if (data.truncated) throw new Error(`the tree of ${commitSha.slice(0, 7)} is too large to read through the API (truncated)`);
  const blobs = data.tree.filter((e) => e.type === "blob" && e.path && e.sha && (e.size ?? 0) <= MAX_BLOB_BYTES);
  const root = await mkdtemp(join(tmpdir(), "copygate-merged-"));
  try {
    await forEachLimited(blobs, 8, async (entry) => {
      const bytes = await blob(octokit, repo, entry.sha as string);
      const path = join(root, entry.path as string);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, bytes);
    });
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  const campaignDirs = blobs.map((e) => e.path as string).filter((p) => /^campaigns\/[^/]+\/campaign\.yaml$/.test(p)).map((p) => dirname(p)).sort();
  return { root, campaignDirs, dispose: () => rm(root, { recursive: true, force: true }) };
}

async function blob(octokit: GitHubApi, repo: RepoRef, sha: string): Promise<Buffer> {
  const cached = blobCache.get(sha);
  if (cached) return cached;
  const { data } = await octokit.rest.git.getBlob({ ...repo, file_sha: sha });
  const bytes = Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8");
  if (blobCache.size >= CACHE_LIMIT) blobCache.delete(blobCache.keys().next().value as string);
  blobCache.set(sha, bytes);
  return bytes;
}

async function forEachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++] as T);
  });
  await Promise.all(workers);
}
