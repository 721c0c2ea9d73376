import { describe, expect, it } from "vitest";
import { evaluateApprovals, latestReviews, type Review } from "./approvals.ts";

const HEAD = "81f6631aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const OLD = "1234567bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
const review = (user: string, state: string, commitId = HEAD, at = "2026-11-20T08:00:00Z"): Review => ({ user, state, commitId, submittedAt: at });
const teams: Record<string, string[]> = { "@lumora/legal": ["leo"], "@lumora/brand": ["bea"] };
const isMember = async (owner: string, login: string) => (teams[owner] ?? []).includes(login);
const base = { risk: "high" as const, author: "octo-marketer", headSha: HEAD, reviewerMap: { legal: ["@lumora/legal"], brand: ["@lumora/brand", "@dana"] }, org: "lumora", isMember };

describe("approvals bound to the head commit", () => {
  it("counts each reviewer's latest decision; a comment changes nothing, a later change request does", () => {
    const latest = latestReviews([review("leo", "APPROVED"), review("leo", "COMMENTED", HEAD, "2026-11-20T09:00:00Z"), review("bea", "APPROVED"), review("bea", "CHANGES_REQUESTED", HEAD, "2026-11-20T09:00:00Z")]);
    expect(latest.map((r) => [r.user, r.state])).toEqual([["leo", "APPROVED"], ["bea", "CHANGES_REQUESTED"]]);
  });

  it("passes when every group has a member's approval of the head, naming who and when", async () => {
    const verdict = await evaluateApprovals({ ...base, groups: ["brand", "legal"], reviews: [review("dana", "APPROVED"), review("leo", "APPROVED")] });
    expect(verdict).toEqual({ ok: true, groups: [{ group: "brand", reviewer: "dana", at: "2026-11-20T08:00:00Z" }, { group: "legal", reviewer: "leo", at: "2026-11-20T08:00:00Z" }] });
  });

  it("says which group is missing, and why, in one sentence each", async () => {
    const verdict = await evaluateApprovals({ ...base, groups: ["brand", "legal"], reviews: [review("bea", "APPROVED", OLD), review("mallory", "APPROVED")] });
    expect(verdict.ok).toBe(false);
    expect(verdict.groups.map((g) => g.missing)).toEqual([
      "brand approved 1234567, not head 81f6631; required for risk high",
      "legal has not approved head 81f6631; required for risk high",
    ]);
  });

  it("never counts the author's own approval", async () => {
    const verdict = await evaluateApprovals({ ...base, author: "leo", groups: ["legal"], reviews: [review("leo", "APPROVED")] });
    expect(verdict.groups[0]?.missing).toBe("legal's only approval of head 81f6631 is by the author @leo, which never counts; required for risk high");
  });

  it("maps a group without a line in the reviewer map to the organisation's team of that name", async () => {
    const asked: string[] = [];
    const verdict = await evaluateApprovals({ ...base, reviewerMap: {}, groups: ["legal"], reviews: [review("leo", "APPROVED")], isMember: async (owner, login) => (asked.push(`${owner} ${login}`), isMember(owner, login)) });
    expect(verdict.ok).toBe(true);
    expect(asked).toEqual(["@lumora/legal leo"]);
  });

  it("reads reviews in the order they were submitted, whatever order they arrive in, and ignores pending ones", () => {
    const latest = latestReviews([
      review("leo", "CHANGES_REQUESTED", HEAD, "2026-11-20T10:00:00Z"),
      review("leo", "APPROVED", HEAD, "2026-11-20T08:00:00Z"),
      review("bea", "APPROVED", HEAD, "2026-11-20T08:00:00Z"),
      review("bea", "PENDING", HEAD, "2026-11-20T11:00:00Z"),
    ]);
    expect(latest.map((r) => [r.user, r.state])).toEqual([["leo", "CHANGES_REQUESTED"], ["bea", "APPROVED"]]);
  });

  it("matches a reviewer named in the map whatever the case, without asking GitHub about a person", async () => {
    const asked: string[] = [];
    const verdict = await evaluateApprovals({
      ...base, reviewerMap: { brand: ["@Dana"] }, groups: ["brand"], reviews: [review("dana", "APPROVED")],
      isMember: async (owner, login) => (asked.push(`${owner} ${login}`), false),
    });
    expect(verdict).toEqual({ ok: true, groups: [{ group: "brand", reviewer: "dana", at: "2026-11-20T08:00:00Z" }] });
    expect(asked).toEqual([]);
  });

  it("fails when any one group is missing, even if the others approved", async () => {
    const verdict = await evaluateApprovals({ ...base, groups: ["brand", "legal"], reviews: [review("bea", "APPROVED")] });
    expect(verdict.ok).toBe(false);
    expect(verdict.groups.map((g) => g.reviewer ?? g.missing)).toEqual(["bea", "legal has not approved head 81f6631; required for risk high"]);
  });

  it("does not cite the author's own approval of an older commit as the group's", async () => {
    const verdict = await evaluateApprovals({ ...base, author: "leo", groups: ["legal"], reviews: [review("leo", "APPROVED", OLD)] });
    expect(verdict.groups[0]?.missing).toBe("legal has not approved head 81f6631; required for risk high");
  });

  it("does not count a non-member's approval, nor a member's change request", async () => {
    const verdict = await evaluateApprovals({ ...base, groups: ["legal"], reviews: [review("bea", "APPROVED"), review("leo", "CHANGES_REQUESTED")] });
    expect(verdict.groups[0]?.missing).toBe("legal has not approved head 81f6631; required for risk high");
  });

  it("does not read a member's change request on an older commit as an approval of that commit", async () => {
    const verdict = await evaluateApprovals({ ...base, groups: ["legal"], reviews: [review("leo", "CHANGES_REQUESTED", OLD)] });
    expect(verdict.groups[0]?.missing).toBe("legal has not approved head 81f6631; required for risk high");
  });

  it("asks GitHub only about teams: a reviewer who is not the person the map names is not a member", async () => {
    const asked: string[] = [];
    const verdict = await evaluateApprovals({
      ...base, reviewerMap: { brand: ["@dana"] }, groups: ["brand"], reviews: [review("erin", "APPROVED")],
      isMember: async (owner, login) => (asked.push(`${owner} ${login}`), true),
    });
    expect(verdict.groups[0]?.missing).toBe("brand has not approved head 81f6631; required for risk high");
    expect(asked).toEqual([]);
  });
});
