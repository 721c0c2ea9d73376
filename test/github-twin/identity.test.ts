import { Octokit } from "@octokit/rest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OWNER, REPO, startTwinFixture, type TwinFixture } from "./twin-fixture.ts";

let f: TwinFixture;
beforeAll(async () => (f = await startTwinFixture("copygate[bot]")));
afterAll(() => f.close());

describe("the token's identity on the twin", () => {
  it("reports the configured bot login from GET /user and GET /app", async () => {
    const user = await f.octokit.rest.users.getAuthenticated();
    expect(user.data).toMatchObject({ login: "copygate[bot]", type: "Bot" });
    const app = await f.octokit.rest.apps.getAuthenticated();
    expect(app.data).toMatchObject({ slug: "copygate", permissions: { checks: "write", pull_requests: "write" } });
    f.twin.assertNoViolations();
  });

  it("authors comments as whichever identity is set", async () => {
    f.twin.setIdentity("github-actions[bot]");
    const comment = await f.octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 12, body: "hello" });
    expect(comment.data.user?.login).toBe("github-actions[bot]");
    f.twin.setIdentity("copygate[bot]");
  });

  it("issues an installation token that works for the repository", async () => {
    const { data } = await f.octokit.rest.apps.createInstallationAccessToken({ installation_id: 42 });
    expect(data.token).toMatch(/^ghs_twin42/);
    const installation = new Octokit({ baseUrl: f.twin.url, auth: data.token });
    expect((await installation.rest.repos.get({ owner: OWNER, repo: REPO })).data.default_branch).toBe("main");
    f.twin.assertNoViolations();
  });

  it("answers 404 for a repository it does not serve", async () => {
    await expect(f.octokit.rest.repos.get({ owner: OWNER, repo: "other" })).rejects.toMatchObject({ status: 404 });
    f.twin.assertNoViolations();
  });
});
