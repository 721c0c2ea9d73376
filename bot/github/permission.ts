/** Whether a user may change the repository: asked of GitHub, never read from the webhook payload. */
import { httpStatus, type GitHubClient, type RepoRef } from "./client.ts";

export interface RepositoryPermission {
  /** GitHub's legacy vocabulary: admin | write | read | none (maintain reads as write, triage as read). */
  permission: string;
  mayWrite: boolean;
}

export async function repositoryPermission(octokit: GitHubClient, repo: RepoRef, username: string): Promise<RepositoryPermission> {
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username });
    const permission = data.permission;
    return { permission, mayWrite: permission === "admin" || permission === "write" };
  } catch (error) {
    // 404: not a collaborator at all (or a login GitHub does not know): no permission.
    if (httpStatus(error) === 404) return { permission: "none", mayWrite: false };
    throw error;
  }
}
