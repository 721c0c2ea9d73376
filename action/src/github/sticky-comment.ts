/**
 * The one comment copygate keeps on a pull request: found by the hidden marker AND our own
 * identity across every page (a marker alone could be copied by anyone), minimized ones skipped,
 * updated in place on every push.
 */
import { hasReportMarker } from "../../../core/report/index.ts";
import type { Octokit, RepoRef } from "./octokit.ts";

export async function findStickyComment(octokit: Octokit, repo: RepoRef, pullRequest: number, login: string): Promise<number | null> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: pullRequest, per_page: 100 });
  const ours = comments.filter((c) => c.user?.login === login && hasReportMarker(c.body) && !isMinimized(c));
  return ours.at(-1)?.id ?? null;
}

export async function upsertStickyComment(octokit: Octokit, repo: RepoRef, pullRequest: number, login: string, body: string): Promise<{ id: number; updated: boolean }> {
  const existing = await findStickyComment(octokit, repo, pullRequest, login);
  if (existing !== null) {
    await octokit.rest.issues.updateComment({ ...repo, comment_id: existing, body });
    return { id: existing, updated: true };
  }
  const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: pullRequest, body });
  return { id: data.id, updated: false };
}

function isMinimized(comment: object): boolean {
  return Boolean((comment as { minimized?: unknown }).minimized);
}
