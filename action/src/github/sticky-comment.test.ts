import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { REPORT_MARKER } from "../../../core/report/index.ts";
import { OWNER, REPO, startTwinFixture, type TwinFixture } from "../../../test/github-twin/twin-fixture.ts";
import { connect } from "./octokit.ts";
import type { Octokit } from "./octokit.ts";
import { findStickyComment, upsertStickyComment } from "./sticky-comment.ts";

const BOT = "github-actions[bot]";
const repo = { owner: OWNER, repo: REPO };
const report = (text: string) => `${REPORT_MARKER}\n${text}`;

let f: TwinFixture;
let octokit: Octokit;
/** The fixture's one pull request. */
const pullRequest = 12;
beforeAll(async () => {
  f = await startTwinFixture(BOT);
  octokit = connect("ghs_twin_token", f.twin.url);
});
afterAll(() => f.close());
// Each test starts from a pull request without comments.
afterEach(() => {
  f.twin.assertNoViolations();
  f.twin.state.comments.length = 0;
});

const commentsOn = (issue: number) => f.twin.state.comments.filter((c) => c.issueNumber === issue);

describe("the sticky comment", () => {
  it("is created when the pull request has no report of ours yet", async () => {
    f.twin.addComment({ issue_number: pullRequest, user: "octo-marketer", body: "Looks good to me" });
    const result = await upsertStickyComment(octokit, repo, pullRequest, BOT, report("first"));
    expect(result.updated).toBe(false);
    expect(commentsOn(pullRequest).map((c) => [c.id === result.id, c.user.login, c.body])).toEqual([
      [false, "octo-marketer", "Looks good to me"],
      [true, BOT, report("first")],
    ]);
  });

  it("is updated in place on the next push, even when it sits on the second page of comments", async () => {
    const first = await upsertStickyComment(octokit, repo, pullRequest, BOT, report("first"));
    for (let i = 0; i < 120; i++) f.twin.addComment({ issue_number: pullRequest, user: "legal-reviewer", body: `Review note ${i + 1}` });
    const second = await upsertStickyComment(octokit, repo, pullRequest, BOT, report("second"));
    expect(second).toEqual({ id: first.id, updated: true });
    expect(commentsOn(pullRequest).filter((c) => c.user.login === BOT).map((c) => c.body)).toEqual([report("second")]);
    expect(commentsOn(pullRequest)).toHaveLength(121);
  });

  it("never takes someone else's comment that carries our marker for ours", async () => {
    const quoted = f.twin.addComment({ issue_number: pullRequest, user: "octo-marketer", body: report("quoted from an old run") });
    expect(await findStickyComment(octokit, repo, pullRequest, BOT)).toBeNull();
    const result = await upsertStickyComment(octokit, repo, pullRequest, BOT, report("ours"));
    expect(result.updated).toBe(false);
    expect(result.id).not.toBe(quoted.id);
    expect(quoted.body).toBe(report("quoted from an old run"));
  });

  it("leaves our own comments without the marker alone", async () => {
    const note = f.twin.addComment({ issue_number: pullRequest, user: BOT, body: `Dispatched by /copygate generate\n${REPORT_MARKER}` });
    expect(await findStickyComment(octokit, repo, pullRequest, BOT)).toBeNull();
    await upsertStickyComment(octokit, repo, pullRequest, BOT, report("ours"));
    expect(note.body).toBe(`Dispatched by /copygate generate\n${REPORT_MARKER}`);
  });

  it("skips a report of ours that a maintainer hid, and posts a new one instead of editing the hidden one", async () => {
    const hidden = f.twin.addComment({ issue_number: pullRequest, user: BOT, body: report("outdated"), minimized: { reason: "outdated" } });
    expect(await findStickyComment(octokit, repo, pullRequest, BOT)).toBeNull();
    const result = await upsertStickyComment(octokit, repo, pullRequest, BOT, report("current"));
    expect(result.updated).toBe(false);
    expect(hidden.body).toBe(report("outdated"));
    expect(commentsOn(pullRequest).map((c) => c.body)).toEqual([report("outdated"), report("current")]);
  });

  it("updates the newest of our reports when an older one was left behind", async () => {
    f.twin.addComment({ issue_number: pullRequest, user: BOT, body: report("older") });
    const newer = f.twin.addComment({ issue_number: pullRequest, user: BOT, body: report("newer") });
    f.twin.addComment({ issue_number: pullRequest, user: "octo-marketer", body: "Thanks" });
    expect(await findStickyComment(octokit, repo, pullRequest, BOT)).toBe(newer.id);
    expect(await upsertStickyComment(octokit, repo, pullRequest, BOT, report("latest"))).toEqual({ id: newer.id, updated: true });
    expect(commentsOn(pullRequest).map((c) => c.body)).toEqual([report("older"), report("latest"), "Thanks"]);
  });
});

describe("findStickyComment on a comment whose author's account was deleted", () => {
  it("passes over a comment without a user (GitHub returns user: null for a deleted account) and finds ours", async () => {
    const comments = [
      { id: 1, user: null, body: report("by someone since deleted") },
      { id: 2, user: { login: BOT }, body: report("ours") },
    ];
    const listing = { paginate: async () => comments, rest: { issues: { listComments: () => undefined } } } as unknown as Octokit;
    expect(await findStickyComment(listing, repo, pullRequest, BOT)).toBe(2);
  });
});
