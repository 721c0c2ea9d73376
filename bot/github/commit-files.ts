/**
 * One commit of changed files on a branch through the Git Data API: blobs → tree on the parent's
 * tree → commit with the parent → update-ref without force. A branch that moved meanwhile makes
 * GitHub refuse the fast-forward, so nobody's push is ever overwritten.
 */
import { httpStatus, type GitHubClient, type RepoRef } from "./client.ts";

export type BranchCommit = { committed: true; sha: string; htmlUrl: string } | { committed: false; movedTo: string };

export async function commitToBranch(octokit: GitHubClient, repo: RepoRef, args: {
  branch: string;
  parentSha: string;
  files: Record<string, string>;
  message: string;
}): Promise<BranchCommit> {
  const { data: parent } = await octokit.rest.git.getCommit({ ...repo, commit_sha: args.parentSha });
  const tree = [];
  for (const [path, content] of Object.entries(args.files)) {
    const { data: blob } = await octokit.rest.git.createBlob({ ...repo, content: Buffer.from(content).toString("base64"), encoding: "base64" });
    tree.push({ path, mode: "100644" as const, type: "blob" as const, sha: blob.sha });
  }
  const { data: newTree } = await octokit.rest.git.createTree({ ...repo, base_tree: parent.tree.sha, tree });
  const { data: commit } = await octokit.rest.git.createCommit({ ...repo, message: args.message, tree: newTree.sha, parents: [args.parentSha] });
  try {
    await octokit.rest.git.updateRef({ ...repo, ref: `heads/${args.branch}`, sha: commit.sha, force: false });
  } catch (error) {
    if (httpStatus(error) !== 422) throw error;
    const { data: ref } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${args.branch}` });
    if (ref.object.sha === args.parentSha) throw error;
    return { committed: false, movedTo: ref.object.sha };
  }
  return { committed: true, sha: commit.sha, htmlUrl: commit.html_url };
}
