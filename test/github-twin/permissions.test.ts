import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OWNER, REPO, startTwinFixture, type TwinFixture } from "./twin-fixture.ts";

let f: TwinFixture;
beforeAll(async () => (f = await startTwinFixture("copygate[bot]")));
afterAll(() => f.close());

const repo = { owner: OWNER, repo: REPO };

describe("permissions on the twin", () => {
  it("answers a collaborator's permission in GitHub's legacy vocabulary beside the role", async () => {
    f.twin.state.collaborators.set("octo-marketer", "maintain");
    f.twin.state.collaborators.set("octo-reader", "read");
    const maintainer = await f.octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: "octo-marketer" });
    expect([maintainer.data.permission, maintainer.data.role_name]).toEqual(["write", "maintain"]);
    const reader = await f.octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: "octo-reader" });
    expect([reader.data.permission, reader.data.user?.permissions?.push]).toEqual(["read", false]);
    await expect(f.octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: "never-seen" })).rejects.toMatchObject({ status: 404 });
    f.twin.assertNoViolations();
  });

  it("answers team membership for members only", async () => {
    f.twin.state.teamMembers.set("legal", new Set(["octo-legal"]));
    const member = await f.octokit.rest.teams.getMembershipForUserInOrg({ org: OWNER, team_slug: "legal", username: "octo-legal" });
    expect(member.data).toMatchObject({ role: "member", state: "active" });
    await expect(f.octokit.rest.teams.getMembershipForUserInOrg({ org: OWNER, team_slug: "legal", username: "octo-marketer" })).rejects.toMatchObject({ status: 404 });
    await expect(f.octokit.rest.teams.getMembershipForUserInOrg({ org: OWNER, team_slug: "brand", username: "octo-legal" })).rejects.toMatchObject({ status: 404 });
    f.twin.assertNoViolations();
  });

  it("records one reaction per content on a comment, as the bot", async () => {
    f.twin.state.externalCommentIds.add(777);
    const first = await f.octokit.rest.reactions.createForIssueComment({ ...repo, comment_id: 777, content: "eyes" });
    const again = await f.octokit.rest.reactions.createForIssueComment({ ...repo, comment_id: 777, content: "eyes" });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(f.twin.state.reactions.map((r) => [r.commentId, r.content, r.user.login])).toEqual([[777, "eyes", "copygate[bot]"]]);
    await expect(f.octokit.rest.reactions.createForIssueComment({ ...repo, comment_id: 1, content: "eyes" })).rejects.toMatchObject({ status: 404 });
    f.twin.assertNoViolations();
  });
});
