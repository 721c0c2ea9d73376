/**
 * The built Action on pull requests that move a campaign's rollout stage: the move is checked
 * against the stage order and, for test → production, the test's results; the evidence is in the
 * sticky comment and a blocked move is annotated on rollout.stage.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAMPAIGN_FILE } from "./changes.ts";
import { REPOSITORY_ROOT } from "./content.ts";
import { openPullRequest, runOnPullRequest, startScenario } from "./scenario.ts";
import type { PullRequestChange, Scenario } from "./scenario.ts";

const RESULTS_FILE = "campaigns/trial-expiration-3d/results.csv";
const V7 = "sha256:b6be2eb515025bcd8b1197a3179d6867200adf91593f4a5b0a702c4938b27b1a";
const V8 = "sha256:2fd634733f0a331ac6f1e986786df971a6eb2676ac83a696859f1a3757c1ae27";
const PASSING_RESULTS = `prompt_version,content_hash,sends,delivered,clicks,upgrades,unsubscribes,spam_complaints,support_tickets
7,${V7},90000,89100,4810,2228,356,20,120
8,${V8},10000,9900,560,330,38,2,13
`;

let scenario: Scenario;
let campaign: string;
beforeAll(async () => {
  scenario = await startScenario();
  campaign = await readFile(join(REPOSITORY_ROOT, CAMPAIGN_FILE), "utf8");
}, 60_000);
afterAll(async () => {
  scenario.twin.assertNoViolations();
  await scenario.close();
});

const commentOn = (pr: number) => scenario.twin.state.comments.filter((c) => c.issueNumber === pr).map((c) => c.body);
const checkRunsFor = (sha: string) => scenario.twin.state.checkRuns.filter((c) => c.headSha === sha).map((c) => [c.conclusion, c.output.annotations]);
const toProduction = () => campaign.replace("  stage: test", "  stage: production");

describe("the built Action on a rollout stage move", () => {
  it("blocks test → production while the test is inconclusive, with the evidence and an annotation on rollout.stage", async () => {
    const change: PullRequestChange = { number: 41, branch: "promote-v8-early", title: "Promote v8 to production", files: { [CAMPAIGN_FILE]: toProduction() } };
    const head = await openPullRequest(scenario, change);
    const result = await runOnPullRequest(scenario, change, head);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ decision: "fail" });
    const [body] = commentOn(41);
    expect(body).toContain(`### Rollout \`trial-expiration-3d\`: test → production — blocked

Blocked: the promotion criteria do not pass: inconclusive — upgrade rate higher than production: about 9,349 more recipients per arm needed. Production: the whole audience gets the candidate's drafts.

**inconclusive — upgrade rate higher than production: about 9,349 more recipients per arm needed**

Candidate v8 (3,295 sends) against production v7 (29,805 sends), test arm configured at 10 %; results from campaigns/trial-expiration-3d/results.csv.

Sample ratio: χ² = 0.08, p = 0.78: fits.
`);
    const [[conclusion, annotations]] = checkRunsFor(head) as [[string, { path: string; start_line: number; title: string; message: string }[]]];
    expect(conclusion).toBe("failure");
    expect(annotations.filter((a) => a.title === "rollout stage")).toEqual([
      {
        path: CAMPAIGN_FILE,
        start_line: 82,
        end_line: 82,
        annotation_level: "failure",
        title: "rollout stage",
        message: "test → production is blocked: the promotion criteria do not pass: inconclusive — upgrade rate higher than production: about 9,349 more recipients per arm needed",
      },
    ]);
  }, 120_000);

  it("allows test → production once the results show every criterion", async () => {
    const change: PullRequestChange = { number: 42, branch: "promote-v8", title: "Promote v8 to production", files: { [CAMPAIGN_FILE]: toProduction(), [RESULTS_FILE]: PASSING_RESULTS } };
    const head = await openPullRequest(scenario, change);
    const result = await runOnPullRequest(scenario, change, head);
    const [body] = commentOn(42);
    expect(body).toContain(`### Rollout \`trial-expiration-3d\`: test → production — allowed

Allowed: the promotion criteria pass on the test's results. Production: the whole audience gets the candidate's drafts.

**pass — all 2 promotion criteria shown**

Candidate v8 (10,000 sends) against production v7 (90,000 sends), test arm configured at 10 %; results from campaigns/trial-expiration-3d/results.csv.

Sample ratio: χ² = 0.00, p = 1.0: fits.

| Criterion                                                                 | Production | Candidate | Difference (95 % interval)         | p (one-sided) | Verdict                                                     |
| ------------------------------------------------------------------------- | ---------- | --------- | ---------------------------------- | ------------- | ----------------------------------------------------------- |
| Goal: upgrade rate higher than production                                 | 2.50 %     | 3.33 %    | +0.833 pp (+0.481 pp to +1.22 pp)  | < 0.0001      | pass — shown: higher than production                        |
| Guardrail: unsubscribe rate no higher than production by more than 0.1 pp | 0.400 %    | 0.384 %   | -0.016 pp (-0.129 pp to +0.132 pp) | 0.039         | pass — shown: no higher than production by more than 0.1 pp |
`);
    const [[, annotations]] = checkRunsFor(head) as [[string, { title: string }[]]];
    expect(annotations.filter((a) => a.title === "rollout stage")).toEqual([]);
    // The campaign's own drafts still need their reviewers (high risk): the rollout adds no failure.
    expect(result.outputs).toMatchObject({ decision: "review", "risk-level": "high" });
  }, 120_000);
});
