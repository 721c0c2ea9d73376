/** Pull request objects (full and simple) from a record and the branches in git. */
import { HttpError, notFound } from "../http-error.ts";
import { label, nodeId, repository, simpleUser } from "../objects.ts";
import { fill } from "../schema-fill.ts";
import type { PullRequestRecord } from "../state.ts";
import type { TwinContext } from "../twin-context.ts";

export function findPull(twin: TwinContext, number: string | undefined): PullRequestRecord {
  const pr = twin.state.pullRequests.get(Number(number));
  if (!pr) throw notFound();
  return pr;
}

export async function pullShas(twin: TwinContext, pr: PullRequestRecord): Promise<{ base: string; head: string; mergeBase: string }> {
  if (pr.mergedShas) {
    const { base, head } = pr.mergedShas;
    return { base, head, mergeBase: (await twin.git.mergeBase(base, head)) ?? base };
  }
  const base = await twin.git.resolveCommit(`refs/heads/${pr.base}`);
  const head = await twin.git.resolveCommit(pr.headRepoFork ? `refs/pull/${pr.number}/head` : `refs/heads/${pr.head}`)
    ?? (await twin.git.resolveCommit(`refs/heads/${pr.head}`));
  if (!base || !head) throw new HttpError(500, `github twin: branch ${pr.base} or ${pr.head} is missing from the repository`);
  // GitHub diffs a pull request from the merge base (three dots), not from the base tip.
  return { base, head, mergeBase: (await twin.git.mergeBase(base, head)) ?? base };
}

function branchSide(twin: TwinContext, pr: PullRequestRecord, side: "base" | "head", sha: string): Record<string, unknown> {
  const fork = side === "head" && pr.headRepoFork;
  const repo = repository(twin, fork);
  const ownerLogin = (repo.owner as { login: string }).login;
  const ref = side === "base" ? pr.base : pr.head;
  return { label: `${ownerLogin}:${ref}`, ref, sha, repo, user: repo.owner };
}

/** `simple` gives pull-request-simple (lists, request-reviewers); otherwise the full pull-request. */
export async function pullObject(twin: TwinContext, pr: PullRequestRecord, simple = false): Promise<Record<string, unknown>> {
  const shas = await pullShas(twin, pr);
  const api = `${twin.repoApiUrl}/pulls/${pr.number}`;
  const labels = (twin.state.issueLabels.get(pr.number) ?? [])
    .flatMap((name) => twin.state.labels.filter((l) => l.name === name))
    // pull-request-simple types a label's description as a string, where "label" allows null.
    .map((record) => label(twin, { ...record, description: record.description ?? "" }));
  const common = {
    id: 7000 + pr.number, node_id: nodeId("PullRequest", pr.number), number: pr.number, state: pr.state,
    title: pr.title, body: pr.body, user: simpleUser(twin, pr.user), locked: false, draft: false,
    url: api, html_url: `${twin.repoHtmlUrl}/pull/${pr.number}`, diff_url: `${twin.repoHtmlUrl}/pull/${pr.number}.diff`,
    issue_url: `${twin.repoApiUrl}/issues/${pr.number}`, commits_url: `${api}/commits`,
    created_at: pr.createdAt, updated_at: pr.createdAt, closed_at: pr.closedAt, merged_at: pr.merged ? pr.closedAt : null,
    merge_commit_sha: pr.mergeCommitSha, labels, milestone: null, assignee: null, assignees: [],
    requested_reviewers: pr.requestedReviewers.map((login) => simpleUser(twin, twin.state.user(login))),
    requested_teams: pr.requestedTeams.map((slug) => teamObject(twin, slug)), author_association: "CONTRIBUTOR",
    head: branchSide(twin, pr, "head", shas.head), base: branchSide(twin, pr, "base", shas.base),
  };
  if (simple) return fill("pull-request-simple", twin.fillContext(pr.createdAt), common);
  const files = await twin.git.changedFiles(shas.mergeBase, shas.head);
  return fill("pull-request", twin.fillContext(pr.createdAt), {
    ...common, merged: pr.merged, mergeable: pr.merged ? null : true, rebaseable: true, mergeable_state: pr.merged ? "unknown" : "clean",
    merged_by: pr.merged ? simpleUser(twin, pr.user) : null,
    comments: twin.state.comments.filter((c) => c.issueNumber === pr.number).length, review_comments: 0,
    maintainer_can_modify: false, commits: await twin.git.commitCount(shas.mergeBase, shas.head),
    additions: files.reduce((n, f) => n + f.additions, 0), deletions: files.reduce((n, f) => n + f.deletions, 0),
    changed_files: files.length,
  });
}

export function teamObject(twin: TwinContext, slug: string): Record<string, unknown> {
  const api = `${twin.baseUrl}/orgs/${twin.owner}/teams/${slug}`;
  return fill("team", twin.fillContext(), {
    id: 9000 + slug.length, node_id: nodeId("Team", slug), name: slug, slug, description: null, privacy: "closed",
    notification_setting: "notifications_enabled", permission: "pull", url: api, html_url: `${twin.baseUrl}/orgs/${twin.owner}/teams/${slug}`,
    members_url: `${api}/members{/member}`, repositories_url: `${api}/repos`, parent: null,
  });
}
