import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OWNER, REPO, startTwinFixture, type TwinFixture } from "./twin-fixture.ts";

let f: TwinFixture;
beforeAll(async () => (f = await startTwinFixture()));
afterAll(() => f.close());

const pr = { owner: OWNER, repo: REPO, pull_number: 12 };

describe("pull requests on the twin", () => {
  it("gets a pull request whose head and base shas come from the git branches", async () => {
    const { data } = await f.octokit.rest.pulls.get(pr);
    expect(data).toMatchObject({
      number: 12, title: "Promote prompt v8", state: "open", merged: false, user: { login: "octo-marketer" },
      base: { ref: "main", sha: f.baseSha, repo: { full_name: `${OWNER}/${REPO}` } },
      head: { ref: "prompt-v8", sha: f.headSha }, commits: 2, changed_files: 3, additions: 5, deletions: 2,
    });
    f.twin.assertNoViolations();
  });

  it("lists the changed files from git with status, counts, blob sha and patch", async () => {
    const { data } = await f.octokit.rest.pulls.listFiles(pr);
    expect(data.map((file) => [file.filename, file.status, file.additions, file.deletions])).toEqual([
      ["README.md", "removed", 0, 1],
      ["policies/legal.yaml", "modified", 1, 1],
      ["prompts/trial_expiration_email/v8.prompt", "added", 4, 0],
    ]);
    const added = data[2];
    expect(added?.sha).toBe(await f.repo.git("rev-parse", `${f.headSha}:prompts/trial_expiration_email/v8.prompt`));
    expect(added?.patch).toBe("@@ -0,0 +1,4 @@\n+---\n+name: trial_expiration_email\n+---\n+Write a shorter email.");
    f.twin.assertNoViolations();
  });

  it("pages the changed files with per_page and a Link header Octokit follows", async () => {
    const first = await f.octokit.rest.pulls.listFiles({ ...pr, per_page: 2 });
    expect(first.data).toHaveLength(2);
    expect(first.headers.link).toContain('page=2>; rel="next"');
    const all = await f.octokit.paginate(f.octokit.rest.pulls.listFiles, { ...pr, per_page: 1 });
    expect(all.map((file) => file.filename)).toEqual(["README.md", "policies/legal.yaml", "prompts/trial_expiration_email/v8.prompt"]);
    f.twin.assertNoViolations();
  });

  it("sees a new push to the head branch on the next call", async () => {
    const pushed = await f.repo.commit("prompt-v8", { "campaigns/trial/campaign.yaml": "name: trial\n" }, "Add campaign");
    const { data } = await f.octokit.rest.pulls.get(pr);
    expect(data.head.sha).toBe(pushed);
    const commits = await f.octokit.rest.pulls.listCommits(pr);
    expect(commits.data.map((c) => c.commit.message)).toEqual(["Add prompt v8", "Drop the README", "Add campaign"]);
    expect(commits.data[0]?.parents[0]?.sha).toBe(f.baseSha);
    f.twin.assertNoViolations();
  });

  it("compares two refs like GitHub: ahead, behind and the files from the merge base", async () => {
    await f.repo.commit("main", { "policies/brand.yaml": "voice: warm\n" }, "Brand voice");
    const { data } = await f.octokit.rest.repos.compareCommitsWithBasehead({ owner: OWNER, repo: REPO, basehead: "main...prompt-v8" });
    expect(data).toMatchObject({ status: "diverged", ahead_by: 3, behind_by: 1, total_commits: 3, merge_base_commit: { sha: f.baseSha } });
    expect(data.files?.map((file) => file.filename)).not.toContain("policies/brand.yaml");
    f.twin.assertNoViolations();
  });

  it("lists open pull requests and shows a fork's head repository as a fork", async () => {
    await f.repo.commit("fork-edit", { "prompts/trial_expiration_email/v9.prompt": "fork\n" }, "Fork edit", "main");
    f.twin.addPullRequest({ number: 13, base: "main", head: "fork-edit", title: "Fork edit", user: "outside-writer", headRepoFork: true });
    const { data } = await f.octokit.rest.pulls.list({ owner: OWNER, repo: REPO });
    expect(data.map((p) => p.number)).toEqual([12, 13]);
    const fork = await f.octokit.rest.pulls.get({ ...pr, pull_number: 13 });
    expect(fork.data.head.repo?.fork).toBe(true);
    expect(fork.data.head.repo?.full_name).not.toBe(fork.data.base.repo.full_name);
    f.twin.assertNoViolations();
  });

  it("requests reviewers and teams and lists them back", async () => {
    const requested = await f.octokit.rest.pulls.requestReviewers({ ...pr, reviewers: ["legal-lee"], team_reviewers: ["legal"] });
    expect(requested.status).toBe(201);
    expect(requested.data.requested_reviewers?.map((u) => u.login)).toEqual(["legal-lee"]);
    const { data } = await f.octokit.rest.pulls.listRequestedReviewers(pr);
    expect({ users: data.users.map((u) => u.login), teams: data.teams.map((t) => t.slug) }).toEqual({ users: ["legal-lee"], teams: ["legal"] });
    expect(f.twin.state.reviewsRequested).toContainEqual({ pr: 12, reviewers: ["legal-lee"], teams: ["legal"] });
    f.twin.assertNoViolations();
  });

  it("lists reviews in order with the commit each was given on", async () => {
    f.twin.addReview({ pr: 12, user: "legal-lee", state: "CHANGES_REQUESTED", commit_id: f.baseSha });
    f.twin.addReview({ pr: 12, user: "legal-lee", state: "APPROVED", commit_id: f.headSha });
    const { data } = await f.octokit.rest.pulls.listReviews(pr);
    expect(data.map((r) => [r.user?.login, r.state, r.commit_id])).toEqual([
      ["legal-lee", "CHANGES_REQUESTED", f.baseSha],
      ["legal-lee", "APPROVED", f.headSha],
    ]);
    f.twin.assertNoViolations();
  });
});
