import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OWNER, REPO, startTwinFixture, type TwinFixture } from "./twin-fixture.ts";

let f: TwinFixture;
beforeAll(async () => (f = await startTwinFixture()));
afterAll(() => f.close());

const repo = { owner: OWNER, repo: REPO };
const annotation = (line: number) => ({
  path: "prompts/trial_expiration_email/v8.prompt", start_line: line, end_line: line,
  annotation_level: "failure" as const, message: `banned word on line ${line}`,
});

describe("check runs on the twin", () => {
  it("creates a check run, appends annotations across updates and completes it", async () => {
    const created = await f.octokit.rest.checks.create({ ...repo, name: "copygate", head_sha: f.headSha, status: "in_progress" });
    expect(created.data).toMatchObject({ name: "copygate", head_sha: f.headSha, status: "in_progress", conclusion: null, app: { slug: "github-actions" } });
    const id = created.data.id;
    await f.octokit.rest.checks.update({ ...repo, check_run_id: id, output: { title: "copygate", summary: "batch 1", annotations: Array.from({ length: 50 }, (_, i) => annotation(i + 1)) } });
    const done = await f.octokit.rest.checks.update({
      ...repo, check_run_id: id, conclusion: "failure",
      output: { title: "copygate: 2 problems", summary: "batch 2", annotations: [annotation(51)] },
    });
    expect(done.data).toMatchObject({ status: "completed", conclusion: "failure", output: { title: "copygate: 2 problems", summary: "batch 2", annotations_count: 51 } });
    expect(done.data.completed_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const annotations = await f.octokit.paginate(f.octokit.rest.checks.listAnnotations, { ...repo, check_run_id: id, per_page: 100 });
    expect(annotations).toHaveLength(51);
    expect(annotations[50]).toMatchObject({ start_line: 51, annotation_level: "failure", message: "banned word on line 51" });
    f.twin.assertNoViolations();
  });

  // GitHub's description itself caps output.annotations at 50 items, so schema validation refuses first.
  it("refuses 51 annotations in one request with 422 and records it", async () => {
    const error = await f.octokit.rest.checks.create({
      ...repo, name: "copygate", head_sha: f.headSha, conclusion: "failure",
      output: { title: "t", summary: "s", annotations: Array.from({ length: 51 }, (_, i) => annotation(i + 1)) },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 422, response: { data: { message: "Invalid request.\n\nbody/output/annotations must NOT have more than 50 items" } } });
    expect(f.twin.violations).toMatchObject([{ kind: "invalid-request", problems: ["body/output/annotations must NOT have more than 50 items"] }]);
    expect(f.twin.state.checkRuns).toHaveLength(1);
    f.twin.violations.length = 0;
  });

  it("refuses a check run on a sha the repository does not have", async () => {
    await expect(f.octokit.rest.checks.create({ ...repo, name: "copygate", head_sha: "f".repeat(40) }))
      .rejects.toMatchObject({ status: 422, response: { data: { message: `No commit found for SHA: ${"f".repeat(40)}` } } });
  });

  it("lists the check runs for a branch or a sha, filtered by name", async () => {
    await f.octokit.rest.checks.create({ ...repo, name: "lint", head_sha: f.headSha, conclusion: "success" });
    const byBranch = await f.octokit.rest.checks.listForRef({ ...repo, ref: "prompt-v8", check_name: "copygate" });
    expect(byBranch.data.total_count).toBe(1);
    expect(byBranch.data.check_runs[0]?.conclusion).toBe("failure");
    const bySha = await f.octokit.rest.checks.listForRef({ ...repo, ref: f.headSha });
    expect(bySha.data.check_runs.map((r) => r.name)).toEqual(["copygate", "lint"]);
    f.twin.assertNoViolations();
  });
});

describe("commit statuses on the twin", () => {
  it("combines the latest status per context into one state", async () => {
    await f.octokit.rest.repos.createCommitStatus({ ...repo, sha: f.headSha, state: "pending", context: "copygate" });
    await f.octokit.rest.repos.createCommitStatus({ ...repo, sha: f.headSha, state: "success", context: "lint", description: "clean" });
    let combined = await f.octokit.rest.repos.getCombinedStatusForRef({ ...repo, ref: "prompt-v8" });
    expect(combined.data.state).toBe("pending");
    await f.octokit.rest.repos.createCommitStatus({ ...repo, sha: f.headSha, state: "success", context: "copygate", target_url: `${f.twin.url}/report` });
    combined = await f.octokit.rest.repos.getCombinedStatusForRef({ ...repo, ref: f.headSha });
    expect(combined.data).toMatchObject({ state: "success", sha: f.headSha, total_count: 2 });
    expect(combined.data.statuses.map((s) => [s.context, s.state])).toEqual([["copygate", "success"], ["lint", "success"]]);
    f.twin.assertNoViolations();
  });

  it("refuses a status description over 140 characters and a branch name where a sha belongs", async () => {
    await expect(f.octokit.rest.repos.createCommitStatus({ ...repo, sha: f.headSha, state: "success", description: "d".repeat(141) }))
      .rejects.toMatchObject({ status: 422, response: { data: { errors: [{ field: "description", message: "description is too long (maximum is 140 characters)" }] } } });
    expect(f.twin.violations.map((v) => v.kind)).toEqual(["over-limit"]);
    f.twin.violations.length = 0;
    await expect(f.octokit.rest.repos.createCommitStatus({ ...repo, sha: "prompt-v8", state: "success" }))
      .rejects.toMatchObject({ status: 422, response: { data: { message: "No commit found for SHA: prompt-v8" } } });
  });

  it("rejects a status whose state GitHub does not know", async () => {
    await expect(f.octokit.rest.repos.createCommitStatus({ ...repo, sha: f.headSha, state: "green" as never })).rejects.toMatchObject({ status: 422 });
    expect(f.twin.violations.at(-1)?.operationId).toBe("repos/create-commit-status");
    f.twin.violations.length = 0;
  });
});
