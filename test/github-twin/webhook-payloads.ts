/**
 * Webhook payloads built from GitHub's own examples (@octokit/webhooks-examples), rewritten to point
 * at the twin: its URL, owner, repository and the real shas of its git repository.
 */
import { createRequire } from "node:module";

export interface WebhookTarget {
  url: string;
  owner: string;
  repo: string;
  defaultBranch?: string;
  installationId?: number;
}

type Payload = Record<string, unknown> & { repository: Record<string, unknown> };

interface ExampleGroup {
  name: string;
  examples: Array<Record<string, unknown>>;
}

let examples: ExampleGroup[] | undefined;

function example(event: string, action: string | undefined): Record<string, unknown> {
  examples ??= createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json") as ExampleGroup[];
  const found = examples.find((g) => g.name === event)?.examples.find((e) => action === undefined || e.action === action);
  if (!found) throw new Error(`github twin: @octokit/webhooks-examples has no ${event}${action ? `.${action}` : ""} example`);
  return found;
}

/** The example with GitHub's demo repository and hosts replaced by the twin's. */
function retarget(event: string, action: string | undefined, target: WebhookTarget): Payload {
  const text = JSON.stringify(example(event, action))
    .replaceAll("https://api.github.com", target.url)
    .replaceAll("https://github.com", target.url)
    .replaceAll("Codertocat/Hello-World", `${target.owner}/${target.repo}`);
  const payload = JSON.parse(text) as Payload;
  const repository = payload.repository;
  Object.assign(repository, { name: target.repo, full_name: `${target.owner}/${target.repo}`, default_branch: target.defaultBranch ?? "main" });
  Object.assign(repository.owner as Record<string, unknown>, { login: target.owner });
  payload.installation = { id: target.installationId ?? 1, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==" };
  return payload;
}

export interface PullRequestEventSpec {
  action: "opened" | "synchronize" | "reopened" | "closed";
  number: number;
  title: string;
  base: { ref: string; sha: string };
  head: { ref: string; sha: string };
  body?: string;
  user?: string;
  merged?: boolean;
  mergeCommitSha?: string | null;
}

export function pullRequestPayload(target: WebhookTarget, spec: PullRequestEventSpec): Payload {
  const payload = retarget("pull_request", spec.action === "synchronize" ? "synchronize" : spec.action, target);
  const pr = payload.pull_request as Record<string, Record<string, unknown>>;
  Object.assign(pr, {
    number: spec.number, title: spec.title, body: spec.body ?? "", state: spec.action === "closed" ? "closed" : "open",
    merged: spec.merged ?? false, merge_commit_sha: spec.mergeCommitSha ?? null,
    url: `${target.url}/repos/${target.owner}/${target.repo}/pulls/${spec.number}`,
    html_url: `${target.url}/${target.owner}/${target.repo}/pull/${spec.number}`,
  });
  Object.assign(pr.user as object, { login: spec.user ?? "octo-marketer" });
  Object.assign(pr.base as object, { ref: spec.base.ref, sha: spec.base.sha, label: `${target.owner}:${spec.base.ref}` });
  Object.assign(pr.head as object, { ref: spec.head.ref, sha: spec.head.sha, label: `${target.owner}:${spec.head.ref}` });
  payload.number = spec.number;
  return payload;
}

/** GitHub's closed example is unmerged: a merge is the same event with merged: true and a merge commit. */
export function mergedPullRequestPayload(target: WebhookTarget, spec: Omit<PullRequestEventSpec, "action" | "merged"> & { mergeCommitSha: string }): Payload {
  const payload = pullRequestPayload(target, { ...spec, action: "closed", merged: true });
  const pr = payload.pull_request as Record<string, unknown>;
  pr.merged_at = pr.closed_at ?? new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
  return payload;
}

export interface PushEventSpec {
  ref?: string;
  before: string;
  after: string;
  commits: Array<{ id: string; message: string; added?: string[]; modified?: string[]; removed?: string[] }>;
}

export function pushPayload(target: WebhookTarget, spec: PushEventSpec): Payload {
  const payload = retarget("push", undefined, target);
  const ref = spec.ref ?? `refs/heads/${target.defaultBranch ?? "main"}`;
  const commits = spec.commits.map((c) => ({
    id: c.id, tree_id: c.id, distinct: true, message: c.message, timestamp: new Date().toISOString(),
    url: `${target.url}/${target.owner}/${target.repo}/commit/${c.id}`,
    author: { name: "Copy Writer", email: "writer@example.test", username: "octo-marketer" },
    committer: { name: "Copy Writer", email: "writer@example.test", username: "octo-marketer" },
    added: c.added ?? [], modified: c.modified ?? [], removed: c.removed ?? [],
  }));
  Object.assign(payload, {
    ref, before: spec.before, after: spec.after, created: false, deleted: false, forced: false, base_ref: null,
    compare: `${target.url}/${target.owner}/${target.repo}/compare/${spec.before.slice(0, 12)}...${spec.after.slice(0, 12)}`,
    commits, head_commit: commits.at(-1) ?? null,
  });
  return payload;
}

export interface IssueCommentEventSpec {
  issueNumber: number;
  body: string;
  user: string;
  commentId?: number;
  /** Comments on pull requests carry issue.pull_request; the bot's slash commands need it. */
  onPullRequest?: boolean;
}

export function issueCommentPayload(target: WebhookTarget, spec: IssueCommentEventSpec): Payload {
  const payload = retarget("issue_comment", "created", target);
  const issue = payload.issue as Record<string, unknown>;
  const comment = payload.comment as Record<string, unknown>;
  const repoApi = `${target.url}/repos/${target.owner}/${target.repo}`;
  Object.assign(issue, { number: spec.issueNumber, url: `${repoApi}/issues/${spec.issueNumber}` });
  if (spec.onPullRequest ?? true) {
    issue.pull_request = {
      url: `${repoApi}/pulls/${spec.issueNumber}`, html_url: `${target.url}/${target.owner}/${target.repo}/pull/${spec.issueNumber}`,
      diff_url: `${target.url}/${target.owner}/${target.repo}/pull/${spec.issueNumber}.diff`,
      patch_url: `${target.url}/${target.owner}/${target.repo}/pull/${spec.issueNumber}.patch`, merged_at: null,
    };
  }
  Object.assign(comment, { body: spec.body, id: spec.commentId ?? comment.id, issue_url: `${repoApi}/issues/${spec.issueNumber}` });
  Object.assign(comment.user as object, { login: spec.user });
  Object.assign(payload.sender as object, { login: spec.user });
  return payload;
}
