/** What the twin remembers between calls: everything GitHub stores outside git. */

export interface TwinUser {
  login: string;
  id: number;
  type: "User" | "Bot";
}

export interface PullRequestRecord {
  number: number;
  base: string;
  head: string;
  title: string;
  body: string;
  user: TwinUser;
  headRepoFork: boolean;
  state: "open" | "closed";
  merged: boolean;
  mergeCommitSha: string | null;
  createdAt: string;
  closedAt: string | null;
  /** The base and head shas when merged: the pull request keeps showing what it changed. */
  mergedShas?: { base: string; head: string };
  requestedReviewers: string[];
  requestedTeams: string[];
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  user: TwinUser;
  createdAt: string;
  updatedAt: string;
  /** Hidden by a maintainer ("Hide" in the comment's menu); GitHub's REST object then carries `minimized: { reason }`. */
  minimized?: { reason: string | null };
}

export interface ReviewRecord {
  id: number;
  pr: number;
  user: TwinUser;
  state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING";
  commitId: string;
  body: string;
  submittedAt: string;
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface AnnotationRecord {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
  start_column?: number;
  end_column?: number;
  raw_details?: string;
}

export interface CheckRunRecord {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  startedAt: string;
  completedAt: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotations: AnnotationRecord[] };
}

export interface CommitStatusRecord {
  id: number;
  sha: string;
  state: "error" | "failure" | "pending" | "success";
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: TwinUser;
  createdAt: string;
}

export interface DeploymentStatusRecord {
  id: number;
  state: string;
  description: string;
  environment: string;
  environmentUrl: string;
  logUrl: string;
  creator: TwinUser;
  createdAt: string;
}

export interface DeploymentRecord {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  payload: Record<string, unknown> | string;
  description: string | null;
  creator: TwinUser;
  createdAt: string;
  productionEnvironment: boolean;
  transientEnvironment: boolean;
  statuses: DeploymentStatusRecord[];
}

export type CollaboratorRole = "admin" | "maintain" | "write" | "triage" | "read" | "none";

export interface ReactionRecord {
  id: number;
  commentId: number;
  content: string;
  user: TwinUser;
  createdAt: string;
}

export class TwinState {
  readonly pullRequests = new Map<number, PullRequestRecord>();
  readonly comments: CommentRecord[] = [];
  readonly reviews: ReviewRecord[] = [];
  readonly labels: LabelRecord[] = [];
  /** Label names per issue or pull request number. */
  readonly issueLabels = new Map<number, string[]>();
  readonly checkRuns: CheckRunRecord[] = [];
  readonly statuses: CommitStatusRecord[] = [];
  readonly deployments: DeploymentRecord[] = [];
  /** Repository permission per login; a login not listed has none. */
  readonly collaborators = new Map<string, CollaboratorRole>();
  /** Members (logins) per organisation team slug. */
  readonly teamMembers = new Map<string, Set<string>>();
  readonly reactions: ReactionRecord[] = [];
  /** The App's installation ids; when empty, every id gets a token. */
  readonly installations = new Set<number>();
  /** Ids of comments that exist only in a webhook payload (a user's slash command), so they can be reacted to. */
  readonly externalCommentIds = new Set<number>();
  private lastId = 1000;
  private readonly users = new Map<string, TwinUser>();

  nextId(): number {
    return ++this.lastId;
  }

  /** GitHub's timestamp shape: seconds precision, UTC. */
  now(): string {
    return new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
  }

  knowsUser(login: string): boolean {
    return this.users.has(login);
  }

  user(login: string): TwinUser {
    const known = this.users.get(login);
    if (known) return known;
    const user: TwinUser = { login, id: 5000 + this.users.size, type: login.endsWith("[bot]") ? "Bot" : "User" };
    this.users.set(login, user);
    return user;
  }

  /** Every login (teams aside) that has been asked to review a pull request. */
  get reviewsRequested(): Array<{ pr: number; reviewers: string[]; teams: string[] }> {
    return [...this.pullRequests.values()].map((pr) => ({
      pr: pr.number, reviewers: [...pr.requestedReviewers], teams: [...pr.requestedTeams],
    }));
  }
}
