/** Git database objects as the REST API shows them: refs, commits, trees. */
import type { GitCommitData, GitTreeEntry } from "../git-store.ts";
import { nodeId } from "../objects.ts";
import { fill } from "../schema-fill.ts";
import type { TwinContext } from "../twin-context.ts";

export async function refObject(twin: TwinContext, fullRef: string, sha: string): Promise<Record<string, unknown>> {
  const type = (await twin.git.objectType(sha)) ?? "commit";
  return fill("git-ref", twin.fillContext(), {
    ref: fullRef, node_id: nodeId("Ref", fullRef), url: `${twin.repoApiUrl}/git/${fullRef}`,
    object: { type, sha, url: `${twin.repoApiUrl}/git/${type}s/${sha}` },
  });
}

export function gitCommitObject(twin: TwinContext, commit: GitCommitData): Record<string, unknown> {
  return fill("git-commit", twin.fillContext(commit.committer.date), {
    sha: commit.sha, node_id: nodeId("Commit", commit.sha), url: `${twin.repoApiUrl}/git/commits/${commit.sha}`,
    html_url: `${twin.repoHtmlUrl}/commit/${commit.sha}`, author: commit.author, committer: commit.committer,
    tree: { sha: commit.tree, url: `${twin.repoApiUrl}/git/trees/${commit.tree}` }, message: commit.message,
    parents: commit.parents.map((sha) => ({ sha, url: `${twin.repoApiUrl}/git/commits/${sha}`, html_url: `${twin.repoHtmlUrl}/commit/${sha}` })),
    verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
  });
}

export function treeObject(twin: TwinContext, sha: string, entries: GitTreeEntry[]): Record<string, unknown> {
  return fill("git-tree", twin.fillContext(), {
    sha, url: `${twin.repoApiUrl}/git/trees/${sha}`, truncated: false,
    tree: entries.map((e) => ({
      path: e.path, mode: e.mode, type: e.type, sha: e.sha, url: `${twin.repoApiUrl}/git/${e.type}s/${e.sha}`,
      ...(e.size !== undefined ? { size: e.size } : {}),
    })),
  });
}
