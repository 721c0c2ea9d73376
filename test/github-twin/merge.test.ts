import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OWNER, REPO, startTwinFixture, type TwinFixture } from "./twin-fixture.ts";

let f: TwinFixture;
beforeAll(async () => (f = await startTwinFixture()));
afterAll(() => f.close());

const repo = { owner: OWNER, repo: REPO };

describe("merging a pull request on the twin", () => {
  it("writes a real merge commit on the base branch and reports the pull request merged", async () => {
    const mergeSha = await f.twin.mergePullRequest(12);
    expect(await f.repo.git("rev-parse", "main")).toBe(mergeSha);
    expect(await f.repo.git("log", "-1", "--format=%P", "main")).toBe(`${f.baseSha} ${f.headSha}`);
    expect(await f.repo.git("show", "main:prompts/trial_expiration_email/v8.prompt")).toContain("Write a shorter email.");
    const { data } = await f.octokit.rest.pulls.get({ ...repo, pull_number: 12 });
    expect(data).toMatchObject({ state: "closed", merged: true, merge_commit_sha: mergeSha, base: { sha: f.baseSha }, head: { sha: f.headSha }, changed_files: 3 });
    expect(data.merged_at).toBe(data.closed_at);
    f.twin.assertNoViolations();
  });

  it("shows the pull request as an issue with its pull_request link", async () => {
    const { data } = await f.octokit.rest.issues.get({ ...repo, issue_number: 12 });
    expect(data).toMatchObject({ number: 12, state: "closed", pull_request: { url: `${f.twin.url}/repos/${OWNER}/${REPO}/pulls/12` } });
    f.twin.assertNoViolations();
  });

  it("pages a comparison's commits and shows its files on the first page only, as GitHub does", async () => {
    const first = await f.octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${f.baseSha}...main`, per_page: 2, page: 1 });
    expect(first.data.commits.map((c) => c.commit.message.split("\n")[0])).toEqual(["Add prompt v8", "Drop the README"]);
    expect(first.data.files?.length).toBe(3);
    expect(first.headers.link).toContain('rel="next"');
    const second = await f.octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${f.baseSha}...main`, per_page: 2, page: 2 });
    expect(second.data.commits.map((c) => c.commit.message.split("\n")[0])).toEqual(["Merge pull request #12 from acme/prompt-v8"]);
    expect(second.data.files).toBeUndefined();
    f.twin.assertNoViolations();
  });
});
