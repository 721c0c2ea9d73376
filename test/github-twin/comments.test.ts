import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OWNER, REPO, startTwinFixture, type TwinFixture } from "./twin-fixture.ts";

let f: TwinFixture;
beforeAll(async () => (f = await startTwinFixture()));
afterAll(() => f.close());

const issue = { owner: OWNER, repo: REPO, issue_number: 12 };

describe("issue comments on the twin", () => {
  it("creates, reads, updates and deletes a comment authored by the token's identity", async () => {
    const created = await f.octokit.rest.issues.createComment({ ...issue, body: "<!-- copygate -->\nfirst report" });
    expect(created.status).toBe(201);
    expect(created.data.user?.login).toBe("github-actions[bot]");
    expect(created.data.user?.type).toBe("Bot");
    expect(created.data.html_url).toBe(`${f.twin.url}/${OWNER}/${REPO}/pull/12#issuecomment-${created.data.id}`);
    const updated = await f.octokit.rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: created.data.id, body: "<!-- copygate -->\nsecond report" });
    expect(updated.data.body).toBe("<!-- copygate -->\nsecond report");
    const read = await f.octokit.rest.issues.getComment({ owner: OWNER, repo: REPO, comment_id: created.data.id });
    expect(read.data.body).toBe("<!-- copygate -->\nsecond report");
    const deleted = await f.octokit.rest.issues.deleteComment({ owner: OWNER, repo: REPO, comment_id: created.data.id });
    expect(deleted.status).toBe(204);
    await expect(f.octokit.rest.issues.getComment({ owner: OWNER, repo: REPO, comment_id: created.data.id })).rejects.toMatchObject({ status: 404 });
    f.twin.assertNoViolations();
  });

  it("pages through 250 comments with Link headers, 100 a page", async () => {
    for (let i = 0; i < 249; i++) f.twin.addComment({ issue_number: 12, user: "octo-marketer", body: `comment ${i}` });
    await f.octokit.rest.issues.createComment({ ...issue, body: "<!-- copygate --> the sticky one" });
    const first = await f.octokit.rest.issues.listComments({ ...issue, per_page: 100 });
    expect(first.data).toHaveLength(100);
    expect(first.headers.link).toBe(
      `<${f.twin.url}/repos/${OWNER}/${REPO}/issues/12/comments?per_page=100&page=2>; rel="next", ` +
      `<${f.twin.url}/repos/${OWNER}/${REPO}/issues/12/comments?per_page=100&page=3>; rel="last"`,
    );
    const all = await f.octokit.paginate(f.octokit.rest.issues.listComments, { ...issue, per_page: 100 });
    expect(all).toHaveLength(250);
    expect(all.at(-1)).toMatchObject({ body: "<!-- copygate --> the sticky one", user: { login: "github-actions[bot]" } });
    expect(f.twin.requests.filter((r) => r.operationId === "issues/list-comments")).toHaveLength(4);
    f.twin.assertNoViolations();
  });

  it("refuses a comment over 65,536 characters with GitHub's 422 and records it", async () => {
    const error = await f.octokit.rest.issues.createComment({ ...issue, body: "x".repeat(65_537) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 422 });
    expect((error as { response: { data: unknown } }).response.data).toEqual({
      message: "Validation Failed",
      documentation_url: "https://docs.github.com/rest",
      status: "422",
      errors: [{ resource: "IssueComment", code: "custom", field: "body", message: "body is too long (maximum is 65536 characters)" }],
    });
    expect(f.twin.violations.map((v) => v.kind)).toEqual(["over-limit"]);
    const atLimit = await f.octokit.rest.issues.createComment({ ...issue, body: "x".repeat(65_536) });
    expect(atLimit.status).toBe(201);
    f.twin.violations.length = 0;
  });

  it("answers 403 to writes from a read-only token, as GitHub does for a fork's pull request", async () => {
    f.twin.setTokenPermissions("read");
    const before = f.twin.state.comments.length;
    const error = await f.octokit.rest.issues.createComment({ ...issue, body: "from a fork" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, response: { data: { message: "Resource not accessible by integration" } } });
    expect(f.twin.state.comments).toHaveLength(before);
    const listed = await f.octokit.rest.issues.listComments({ ...issue, per_page: 1 });
    expect(listed.status).toBe(200);
    f.twin.setTokenPermissions("write");
    f.twin.assertNoViolations();
  });

  it("answers 404 for comments on a pull request that does not exist", async () => {
    await expect(f.octokit.rest.issues.createComment({ ...issue, issue_number: 99, body: "hi" })).rejects.toMatchObject({ status: 404 });
    f.twin.assertNoViolations();
  });
});
