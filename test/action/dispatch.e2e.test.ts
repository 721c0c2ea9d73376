/**
 * workflow_dispatch against a base ref: the same gate without a pull request — the changed files
 * come from the compare endpoint, the result goes to the check run and the job summary only.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPOSITORY_ROOT } from "./content.ts";
import { draftsNotCurrent, usageWarning } from "./expected.ts";
import { runBuiltAction } from "./run-action.ts";
import { startModelEndpoint } from "./model-endpoint.ts";
import { OWNER, REPO, startScenario } from "./scenario.ts";
import type { Scenario } from "./scenario.ts";

let scenario: Scenario;
let model: Awaited<ReturnType<typeof startModelEndpoint>>;
beforeAll(async () => {
  scenario = await startScenario();
  model = await startModelEndpoint();
}, 60_000);
afterAll(async () => {
  scenario.twin.assertNoViolations();
  await scenario.close();
  await model.close();
});

/** production: 8, with v8 approved in the history (only an approved version may be production). */
function promoteV8(releases: string): string {
  return releases.replace(/^production: 7$/m, "production: 8").replace(/(version: 8,[^}]*status: )candidate/, "$1approved");
}

describe("a dispatched run against a base ref", () => {
  it("gates a production move: the suite compares new and old production, and drafts on @production go stale", async () => {
    const v8Hash = createHash("sha256").update(await readFile(join(REPOSITORY_ROOT, "prompts/trial_expiration_email/trial_expiration_email.v8.prompt"))).digest("hex");
    const releases = await readFile(join(REPOSITORY_ROOT, "prompts/trial_expiration_email/releases.yaml"), "utf8");
    const head = await scenario.repo.commit("promote-v8", { "prompts/trial_expiration_email/releases.yaml": promoteV8(releases) }, "Promote v8", "main");
    const result = await runBuiltAction({
      apiUrl: scenario.twin.url,
      repository: `${OWNER}/${REPO}`,
      workspace: scenario.repo.dir,
      eventName: "workflow_dispatch",
      payload: { inputs: { base: "main" }, ref: "refs/heads/promote-v8", repository: { name: REPO, owner: { login: OWNER } } },
      headSha: head,
      inputs: { concurrency: "32", ...model.inputs },
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ decision: "fail", "risk-level": "" });
    expect(result.summary.startsWith(`## copygate: fail

| Campaign            | Freshness       | Drafts current | Verdict     | Risk | Reviewers required |
| ------------------- | --------------- | -------------- | ----------- | ---- | ------------------ |
| trial-expiration-3d | generic variant | no             | not checked | —    | —                  |

| Workflow               | Baseline | Candidate | Decision |
| ---------------------- | -------- | --------- | -------- |
| trial_expiration_email | v7       | v8        | promote  |
`)).toBe(true);
    const checks = scenario.twin.state.checkRuns.filter((c) => c.headSha === head);
    expect(checks.map((c) => c.conclusion)).toEqual(["failure"]);
    expect(checks[0]!.output.annotations).toEqual([
      usageWarning(),
      draftsNotCurrent(`prompt changed: drafts from trial_expiration_email:v7, campaign now uses trial_expiration_email:v8 (sha256:${v8Hash.slice(0, 12)})`),
    ]);
    expect(scenario.twin.state.comments).toEqual([]);
  }, 120_000);
});
