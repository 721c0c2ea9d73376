/** Talking on the pull request: a reaction to acknowledge a command, a comment to answer it. */
import type { GitHubClient, RepoRef } from "./client.ts";

/** 👀 on the command's comment: seen, working on it. */
export async function acknowledgeComment(octokit: GitHubClient, repo: RepoRef, commentId: number): Promise<void> {
  await octokit.rest.reactions.createForIssueComment({ ...repo, comment_id: commentId, content: "eyes" });
}

export async function replyOnPullRequest(octokit: GitHubClient, repo: RepoRef, number: number, body: string): Promise<void> {
  await octokit.rest.issues.createComment({ ...repo, issue_number: number, body });
}
