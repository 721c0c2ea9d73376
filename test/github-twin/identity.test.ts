import { Octokit } from "@octokit/rest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OWNER, REPO, startTwinFixture, type TwinFixture } from "./twin-fixture.ts";

let f: TwinFixture;
beforeAll(async () => (f = await startTwinFixture("copygate[bot]")));
afterAll(() => f.close());

// Shaped like an App's JWT (header.payload.signature); the twin checks the shape, not the key.
const APP_JWT = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiIzMDAxIn0.c2lnbmF0dXJl";
const asApp = () => new Octokit({ baseUrl: f.twin.url, auth: APP_JWT });

describe("the token's identity on the twin", () => {
  it("refuses GET /user to a bot's installation token, as GitHub does, and answers it for a user's token", async () => {
    await expect(f.octokit.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403, response: { data: { message: "Resource not accessible by integration" } } });
    f.twin.setIdentity("octo-marketer");
    const user = await f.octokit.rest.users.getAuthenticated();
    expect(user.data).toMatchObject({ login: "octo-marketer", type: "User" });
    f.twin.setIdentity("copygate[bot]");
    f.twin.assertNoViolations();
  });

  it("answers GET /app with the configured bot's App for an App JWT, and refuses other tokens", async () => {
    const app = await asApp().rest.apps.getAuthenticated();
    expect(app.data).toMatchObject({ slug: "copygate", permissions: { checks: "write", pull_requests: "write" } });
    await expect(f.octokit.rest.apps.getAuthenticated()).rejects.toMatchObject({ status: 401 });
    f.twin.assertNoViolations();
  });

  it("authors comments as whichever identity is set", async () => {
    f.twin.setIdentity("github-actions[bot]");
    const comment = await f.octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 12, body: "hello" });
    expect(comment.data.user?.login).toBe("github-actions[bot]");
    f.twin.setIdentity("copygate[bot]");
  });

  it("issues an installation token to the App that works for the repository", async () => {
    const { data } = await asApp().rest.apps.createInstallationAccessToken({ installation_id: 42 });
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
