/**
 * startGitHubTwin: a GitHub REST API on 127.0.0.1 backed by a real git repository, validated against
 * GitHub's OpenAPI description. Tests drive it through Octokit and inspect `state` afterwards.
 */
import type { AddressInfo } from "node:net";
import { GitStore } from "./git-store.ts";
import { mergePullRequest } from "./pull-merge.ts";
import { createTwinServer, type TwinServerState } from "./server.ts";
import { TwinState, type CommentRecord, type PullRequestRecord, type ReviewRecord } from "./state.ts";
import type { TokenPermission } from "./router.ts";
import type { TwinContext } from "./twin-context.ts";
import { formatViolations, type RequestLogEntry, type Violation } from "./violations.ts";

export interface GitHubTwinOptions {
  repoDir: string;
  owner: string;
  repo: string;
  /** The token's login, e.g. "github-actions[bot]" or "copygate[bot]". */
  identity?: string;
  defaultBranch?: string;
}

export interface PullRequestSpec {
  number: number;
  base: string;
  head: string;
  title: string;
  body?: string;
  user?: string;
  headRepoFork?: boolean;
}

export interface GitHubTwin {
  url: string;
  state: TwinState;
  requests: RequestLogEntry[];
  violations: Violation[];
  close(): Promise<void>;
  addPullRequest(spec: PullRequestSpec): PullRequestRecord;
  addReview(review: { pr: number; user: string; state: ReviewRecord["state"]; commit_id: string; body?: string }): ReviewRecord;
  addComment(comment: { issue_number: number; user: string; body: string; minimized?: { reason: string | null } }): CommentRecord;
  /** Merges the pull request into its base branch with a real merge commit; returns its sha. */
  mergePullRequest(number: number): Promise<string>;
  setTokenPermissions(permission: TokenPermission): void;
  /** A hook before each request is handled; answer "drop" to close the connection unhandled (crash tests). */
  beforeHandle(hook: TwinServerState["beforeHandle"]): void;
  setIdentity(login: string): void;
  assertNoViolations(): void;
}

export async function startGitHubTwin(options: GitHubTwinOptions): Promise<GitHubTwin> {
  const state = new TwinState();
  const context: TwinContext = {
    state, git: new GitStore(options.repoDir), owner: options.owner, repo: options.repo,
    defaultBranch: options.defaultBranch ?? "main", baseUrl: "", identity: state.user(options.identity ?? "github-actions[bot]"),
    repoApiUrl: "", repoHtmlUrl: "",
    fillContext: (at) => ({ baseUrl: context.baseUrl, now: at ?? state.now() }),
  };
  const serverState: TwinServerState = { twin: context, permission: "write", violations: [], requests: [] };
  const server = createTwinServer(serverState);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  context.baseUrl = url;
  context.repoApiUrl = `${url}/repos/${options.owner}/${options.repo}`;
  context.repoHtmlUrl = `${url}/${options.owner}/${options.repo}`;

  return {
    url, state, requests: serverState.requests, violations: serverState.violations,
    close: () => new Promise((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
    addPullRequest: (spec) => {
      const pr: PullRequestRecord = {
        number: spec.number, base: spec.base, head: spec.head, title: spec.title, body: spec.body ?? "",
        user: state.user(spec.user ?? "octo-marketer"), headRepoFork: spec.headRepoFork ?? false, state: "open",
        merged: false, mergeCommitSha: null, createdAt: state.now(), closedAt: null, requestedReviewers: [], requestedTeams: [],
      };
      state.pullRequests.set(pr.number, pr);
      return pr;
    },
    addReview: (review) => {
      const record: ReviewRecord = {
        id: state.nextId(), pr: review.pr, user: state.user(review.user), state: review.state,
        commitId: review.commit_id, body: review.body ?? "", submittedAt: state.now(),
      };
      state.reviews.push(record);
      return record;
    },
    addComment: (comment) => {
      const now = state.now();
      const record: CommentRecord = { id: state.nextId(), issueNumber: comment.issue_number, body: comment.body, user: state.user(comment.user), createdAt: now, updatedAt: now };
      if (comment.minimized) record.minimized = comment.minimized;
      state.comments.push(record);
      return record;
    },
    mergePullRequest: (number) => {
      const pr = state.pullRequests.get(number);
      if (!pr) throw new Error(`github twin: no pull request #${number}`);
      return mergePullRequest(context.git, state, options.owner, pr);
    },
    setTokenPermissions: (permission) => (serverState.permission = permission),
    beforeHandle: (hook) => (serverState.beforeHandle = hook),
    setIdentity: (login) => (context.identity = state.user(login)),
    assertNoViolations: () => {
      if (serverState.violations.length > 0) throw new Error(formatViolations(serverState.violations));
    },
  };
}
