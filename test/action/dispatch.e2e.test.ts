/**
 * workflow_dispatch against a base ref: the same gate without a pull request — the changed files
 * come from the compare endpoint, the result goes to the check run and the job summary only.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPOSITORY_ROOT } from "./content.ts";
import { DEMO_CLOCK_NOTE, USAGE_LINE, USAGE_STALE, draftsLine, draftsNotCurrent, headFooter, usageWarning } from "./expected.ts";
import { runBuiltAction } from "./run-action.ts";
import { startModelEndpoint } from "./model-endpoint.ts";
import { OWNER, REPO, openPullRequest, runOnPullRequest, startScenario } from "./scenario.ts";
import type { PullRequestChange, Scenario } from "./scenario.ts";

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

/** Promoting v8 leaves the example campaign's running test without a candidate: advice, never a failure. */
const NO_CANDIDATE_ADVICE = {
  path: "campaigns/trial-expiration-3d/campaign.yaml", start_line: 82, end_line: 82, annotation_level: "warning", title: "advice",
  message: "stage test has no candidate: set rollout.candidate, or mark a version as candidate in prompts/trial_expiration_email/releases.yaml; until then every recipient gets production's drafts",
};

const PRODUCTION_MOVE = "prompts/trial_expiration_email/releases.yaml: production v7 → v8";

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
    expect(result.outputs).toMatchObject({ decision: "fail", "risk-level": "medium" });
    expect(result.summary.startsWith(`## copygate: fail · risk medium

### Rule changes

- ${PRODUCTION_MOVE}: risk medium, review by lifecycle-marketing

| Campaign            | Freshness       | Drafts current | Verdict     | Risk | Reviewers required |
| ------------------- | --------------- | -------------- | ----------- | ---- | ------------------ |
| trial-expiration-3d | generic variant | no             | not checked | —    | —                  |

| Workflow               | Baseline | Candidate | Decision |
| ---------------------- | -------- | --------- | -------- |
| trial_expiration_email | v7       | v8        | not yet  |
`)).toBe(true);
    const checks = scenario.twin.state.checkRuns.filter((c) => c.headSha === head);
    expect(checks.map((c) => c.conclusion)).toEqual(["failure"]);
    expect(checks[0]!.output.annotations).toEqual([
      NO_CANDIDATE_ADVICE,
      usageWarning(),
      draftsNotCurrent(`prompt changed: drafts from trial_expiration_email:v7, campaign now uses trial_expiration_email:v8 (sha256:${v8Hash.slice(0, 12)})`),
    ]);
    expect(scenario.twin.state.comments).toEqual([]);
  }, 120_000);

  it("on a pull request, a production move is medium risk, asks lifecycle marketing, and an inconclusive suite is 'not yet', never 'promote'", async () => {
    const releases = await readFile(join(REPOSITORY_ROOT, "prompts/trial_expiration_email/releases.yaml"), "utf8");
    const change: PullRequestChange = { number: 41, branch: "promote-v8-pr", title: "Move production to v8", files: { "prompts/trial_expiration_email/releases.yaml": promoteV8(releases) } };
    const head = await openPullRequest(scenario, change);
    const result = await runOnPullRequest(scenario, change, head, { inputs: { concurrency: "32", ...model.inputs } });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ decision: "fail", "risk-level": "medium" });
    const [body, ...more] = scenario.twin.state.comments.filter((c) => c.issueNumber === 41).map((c) => c.body);
    expect(more).toEqual([]);
    const v8Hash = createHash("sha256").update(await readFile(join(REPOSITORY_ROOT, "prompts/trial_expiration_email/trial_expiration_email.v8.prompt"))).digest("hex");
    const stale = `prompt changed: drafts from trial_expiration_email:v7, campaign now uses trial_expiration_email:v8 (sha256:${v8Hash.slice(0, 12)})`;
    expect(body!.startsWith(`<!-- copygate:report -->
## copygate: fail · risk medium

### Rule changes

- ${PRODUCTION_MOVE}: risk medium, review by lifecycle-marketing

| Campaign            | Freshness       | Drafts current | Verdict     | Risk | Reviewers required |
| ------------------- | --------------- | -------------- | ----------- | ---- | ------------------ |
| trial-expiration-3d | generic variant | no             | not checked | —    | —                  |

| Workflow               | Baseline | Candidate | Decision |
| ---------------------- | -------- | --------- | -------- |
| trial_expiration_email | v7       | v8        | not yet  |

### Findings (3)

**Campaign \`trial-expiration-3d\`**

${draftsLine(stale)}
- ⚠️ \`campaigns/trial-expiration-3d/campaign.yaml:82\` advice: ${NO_CANDIDATE_ADVICE.message}
${USAGE_LINE}

### Campaign \`trial-expiration-3d\`

- Freshness: ${USAGE_STALE} (generic variant)
- Drafts: ${stale}
`)).toBe(true);
    expect(body).toContain(`${DEMO_CLOCK_NOTE}\n\n### Workflow \`trial_expiration_email\`: v8 against v7\n`);
    expect(body).toContain("| Unsupported claims below 0.5 percent | met as observed, inconclusive |");
    expect(body).toContain("\n**Decision:** ⏳ Not yet: 2 criteria are inconclusive on 120 cases — run with --repeat or a larger dataset (about 770 cases needed).\n");
    expect(body).not.toMatch(/✅|Promote v8/);
    // The dispatched run before it answered the same calls: the provenance says they came from the cache.
    expect(body).toMatch(/<sub>trial_expiration_email suite: generation [^ ]+ at 127\.0\.0\.1:\d+ · judge [^ ]+ · \d+ model calls, [1-9]\d* cache hits · dataset datasets\/trial_expiration_email\/historical_briefs\.jsonl \(sha256 [0-9a-f]{12}\)<br>copygate 0\.1\.0<\/sub>\n\n/);
    expect(body!.endsWith(headFooter(head))).toBe(true);
    expect(body).not.toContain(model.inputs["openai-api-key"]);
    expect(scenario.twin.state.issueLabels.get(41)).toEqual(["copygate:risk-medium"]);
    expect(scenario.twin.state.pullRequests.get(41)!.requestedTeams).toEqual(["lifecycle-marketing"]);
    const checks = scenario.twin.state.checkRuns.filter((c) => c.headSha === head);
    expect(checks.map((c) => [c.conclusion, c.output.title])).toEqual([["failure", "copygate: fail · risk medium"]]);
    expect(checks[0]!.output.summary).toBe(body!.replace("<!-- copygate:report -->\n", ""));
  }, 120_000);
});
