import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OWNER, REPO, startTwinFixture, type TwinFixture } from "./twin-fixture.ts";

let f: TwinFixture;
beforeAll(async () => (f = await startTwinFixture()));
afterAll(() => f.close());

const repo = { owner: OWNER, repo: REPO };

describe("labels on the twin", () => {
  it("creates a repository label and refuses the same name twice", async () => {
    const created = await f.octokit.rest.issues.createLabel({ ...repo, name: "copygate:risk-high", color: "b60205", description: "Legal must approve" });
    expect(created.data).toMatchObject({ name: "copygate:risk-high", color: "b60205", description: "Legal must approve" });
    await expect(f.octokit.rest.issues.createLabel({ ...repo, name: "copygate:risk-high", color: "b60205" })).rejects.toMatchObject({ status: 422 });
    f.twin.assertNoViolations();
  });

  it("adds labels to a pull request, lists them, and removes one", async () => {
    const added = await f.octokit.rest.issues.addLabels({ ...repo, issue_number: 12, labels: ["copygate:risk-high", "copygate:risk-low"] });
    expect(added.data.map((l) => l.name)).toEqual(["copygate:risk-high", "copygate:risk-low"]);
    const removed = await f.octokit.rest.issues.removeLabel({ ...repo, issue_number: 12, name: "copygate:risk-low" });
    expect(removed.data.map((l) => l.name)).toEqual(["copygate:risk-high"]);
    const listed = await f.octokit.rest.issues.listLabelsOnIssue({ ...repo, issue_number: 12 });
    expect(listed.data.map((l) => l.name)).toEqual(["copygate:risk-high"]);
    expect((await f.octokit.rest.pulls.get({ ...repo, pull_number: 12 })).data.labels.map((l) => l.name)).toEqual(["copygate:risk-high"]);
    await expect(f.octokit.rest.issues.removeLabel({ ...repo, issue_number: 12, name: "copygate:risk-low" })).rejects.toMatchObject({ status: 404 });
    f.twin.assertNoViolations();
  });
});

describe("deployments on the twin", () => {
  it("creates a deployment at a ref that exists, with statuses listed newest first", async () => {
    const created = await f.octokit.rest.repos.createDeployment({
      ...repo, ref: "main", environment: "email-production", payload: { campaign: "trial-expiration-3d" }, required_contexts: [], auto_merge: false,
    });
    expect(created.status).toBe(201);
    const deployment = created.data as { id: number; sha: string; payload: unknown };
    expect(deployment).toMatchObject({ sha: f.baseSha, payload: { campaign: "trial-expiration-3d" } });
    await f.octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: deployment.id, state: "in_progress" });
    await f.octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: deployment.id, state: "success", environment_url: `${f.twin.url}/sendgrid/single-sends/1`, description: "Scheduled in SendGrid" });
    const statuses = await f.octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: deployment.id });
    expect(statuses.data.map((s) => s.state)).toEqual(["success", "in_progress"]);
    const listed = await f.octokit.rest.repos.listDeployments({ ...repo, environment: "email-production" });
    expect(listed.data.map((d) => d.id)).toEqual([deployment.id]);
    f.twin.assertNoViolations();
  });

  it("refuses a deployment status description over 140 characters, a limit the description only mentions", async () => {
    const created = await f.octokit.rest.repos.createDeployment({ ...repo, ref: "main", required_contexts: [] });
    const id = (created.data as { id: number }).id;
    await expect(f.octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: id, state: "success", description: "d".repeat(141) }))
      .rejects.toMatchObject({ status: 422, response: { data: { errors: [{ resource: "DeploymentStatus", code: "custom", field: "description", message: "description is too long (maximum is 140 characters)" }] } } });
    expect(f.twin.violations.map((v) => v.kind)).toEqual(["over-limit"]);
    f.twin.violations.length = 0;
  });

  it("refuses a deployment of a ref that does not exist with 422", async () => {
    await expect(f.octokit.rest.repos.createDeployment({ ...repo, ref: "no-such-branch", required_contexts: [] }))
      .rejects.toMatchObject({ status: 422, response: { data: { message: "No ref found for: no-such-branch" } } });
  });

  it("refuses with 409 while a required status context is not successful", async () => {
    await f.octokit.rest.repos.createCommitStatus({ ...repo, sha: f.headSha, state: "failure", context: "copygate" });
    await expect(f.octokit.rest.repos.createDeployment({ ...repo, ref: "prompt-v8", required_contexts: ["copygate"] })).rejects.toMatchObject({ status: 409 });
    await f.octokit.rest.repos.createCommitStatus({ ...repo, sha: f.headSha, state: "success", context: "copygate" });
    const ok = await f.octokit.rest.repos.createDeployment({ ...repo, ref: "prompt-v8" });
    expect(ok.status).toBe(201);
    f.twin.assertNoViolations();
  });
});
