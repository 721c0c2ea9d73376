/**
 * Are the reviews a campaign's risk level requires present on the merged pull request's head commit?
 * Approval binds to what was approved: only a reviewer's latest review counts, only an APPROVED one
 * on the head commit (an approval of an older commit approved other content), never the author's
 * own, and the reviewer must belong to the group (team membership is asked of GitHub by the caller).
 */
import type { RiskLevel } from "../model/index.ts";
import type { ReviewerMap } from "../report/reviewers.ts";

export interface Review {
  user: string;
  state: string;
  commitId: string;
  submittedAt: string;
}

export interface GroupApproval {
  group: string;
  /** The approving reviewer and when, when the group approved the head commit. */
  reviewer?: string;
  at?: string;
  /** Why the group's approval is missing (one sentence), when it is. */
  missing?: string;
}

export interface ApprovalVerdict {
  ok: boolean;
  groups: GroupApproval[];
}

/** `@org/team` or `@user`: is login a member? Asked of GitHub (teams API) by the edge. */
export type MembershipCheck = (owner: string, login: string) => Promise<boolean>;

/** Each reviewer's latest review that states a decision (a COMMENTED review changes nothing, as on GitHub). */
export function latestReviews(reviews: Review[]): Review[] {
  const latest = new Map<string, Review>();
  for (const review of [...reviews].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))) {
    if (review.state === "COMMENTED" || review.state === "PENDING") continue;
    latest.set(review.user, review);
  }
  return [...latest.values()];
}

export async function evaluateApprovals(args: {
  groups: string[];
  risk: RiskLevel;
  reviews: Review[];
  author: string;
  headSha: string;
  reviewerMap: ReviewerMap;
  org: string;
  isMember: MembershipCheck;
}): Promise<ApprovalVerdict> {
  const latest = latestReviews(args.reviews);
  const head = args.headSha.slice(0, 7);
  const results: GroupApproval[] = [];
  for (const group of args.groups) {
    const owners = args.reviewerMap[group] ?? [`@${args.org}/${group}`];
    const members: Review[] = [];
    for (const review of latest) {
      if (await memberOfAny(owners, review.user, args.isMember)) members.push(review);
    }
    const onHead = members.filter((r) => r.state === "APPROVED" && r.commitId === args.headSha);
    const approval = onHead.find((r) => r.user !== args.author);
    if (approval) {
      results.push({ group, reviewer: approval.user, at: approval.submittedAt });
      continue;
    }
    const older = members.find((r) => r.state === "APPROVED" && r.commitId !== args.headSha && r.user !== args.author);
    const why = onHead.length > 0
      ? `${group}'s only approval of head ${head} is by the author @${args.author}, which never counts`
      : older
        ? `${group} approved ${older.commitId.slice(0, 7)}, not head ${head}`
        : `${group} has not approved head ${head}`;
    results.push({ group, missing: `${why}; required for risk ${args.risk}` });
  }
  return { ok: results.every((r) => !r.missing), groups: results };
}

async function memberOfAny(owners: string[], login: string, isMember: MembershipCheck): Promise<boolean> {
  for (const owner of owners) {
    if (owner.slice(1).toLowerCase() === login.toLowerCase()) return true;
    if (owner.includes("/") && (await isMember(owner, login))) return true;
  }
  return false;
}
