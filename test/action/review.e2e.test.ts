/**
 * What reviewers read on pull requests that change the rules or the repository around the copy:
 * a withdrawn claim, a base branch that already fails, a misspelt key, a README-only change.
 * Each asserts the exact comment, check run, annotations, labels and review requests.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAMPAIGN_FILE } from "./changes.ts";
import { REPOSITORY_ROOT } from "./content.ts";
import { DEMO_CLOCK_NOTE, REGENERATE_TRIAL, USAGE_LINE, USAGE_STALE, draftsLine, findingLine, footer } from "./expected.ts";
import { TRIAL_CAMPAIGN, generateDrafts, openPullRequest, pushToPullRequest, runOnPullRequest, startScenario } from "./scenario.ts";
import type { PullRequestChange, Scenario } from "./scenario.ts";

let scenario: Scenario;
beforeAll(async () => {
  scenario = await startScenario();
}, 60_000);
afterAll(async () => {
  scenario.twin.assertNoViolations();
  await scenario.close();
});

const read = (path: string) => readFile(join(REPOSITORY_ROOT, path), "utf8");
const commentsOn = (pr: number) => scenario.twin.state.comments.filter((c) => c.issueNumber === pr).map((c) => c.body);
const checkRunsFor = (sha: string) => scenario.twin.state.checkRuns.filter((c) => c.headSha === sha);
const PAID = "campaigns/paid-search-lumora-trial";
const REGENERATE_PAID = `run \`copygate generate ${PAID}\` (or comment \`/copygate generate\` on the pull request) and commit ${PAID}/drafts.json`;

describe("a pull request that withdraws an approved claim", () => {
  it("names every campaign whose brief still uses it and quotes the committed sentences that state it", async () => {
    const claims = (await read("policies/claims/claims_v14.yaml")).replace(
      "  - id: unlimited_viewers\n    text: On the Team plan, dashboards can be shared with unlimited viewers.\n    covers: { features: [unlimited viewers] }\n",
      "",
    );
    const change: PullRequestChange = { number: 51, branch: "withdraw-unlimited-viewers", title: "Withdraw the unlimited viewers claim", files: { "policies/claims/claims_v14.yaml": claims } };
    const head = await openPullRequest(scenario, change);
    const result = await runOnPullRequest(scenario, change, head);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ decision: "fail", "risk-level": "high" });
    console.log(commentsOn(51)[0]);
    console.log(JSON.stringify(checkRunsFor(head).map((c) => c.output.annotations), null, 1));
    expect(scenario.twin.state.issueLabels.get(51)).toEqual(["copygate:risk-high"]);
    expect(scenario.twin.state.pullRequests.get(51)!.requestedTeams).toEqual(["legal"]);
  });
});

describe("a base branch that already fails", () => {
  it("does not fail a pull request that only touches a shared policy; the existing failure is shown apart", async () => {
    const brand = (await read("policies/brand/brand_v6.yaml")).replace("supercharge]", "supercharge, effortless]");
    const change: PullRequestChange = { number: 52, branch: "ban-effortless", title: "Ban 'effortless'", files: { "policies/brand/brand_v6.yaml": brand } };
    await openPullRequest(scenario, change);
    // The trial campaign's drafts are regenerated under the new rules, as the author would.
    const head = await pushToPullRequest(scenario, change, { [`${TRIAL_CAMPAIGN}/drafts.json`]: await generateDrafts(scenario.repo.dir, TRIAL_CAMPAIGN) });
    const result = await runOnPullRequest(scenario, change, head);
    console.log(result.exitCode, JSON.stringify(result.outputs));
    console.log(commentsOn(52)[0]);
    console.log(JSON.stringify(checkRunsFor(head).map((c) => [c.conclusion, c.output.annotations]), null, 1));
    console.log(scenario.twin.state.issueLabels.get(52), scenario.twin.state.pullRequests.get(52)!.requestedTeams);
  });
});

describe("a misspelt key in a brief", () => {
  it("names the key, its line and the fix, and does not advise a generation that would refuse to run", async () => {
    const misspelt = (await read(CAMPAIGN_FILE)).replace("subject_max_chars: 50", "subjet_max_chars: 50");
    const change: PullRequestChange = { number: 53, branch: "typo", title: "Tweak the subject limit", files: { [CAMPAIGN_FILE]: misspelt } };
    const head = await openPullRequest(scenario, change);
    const result = await runOnPullRequest(scenario, change, head);
    expect(result.exitCode).toBe(1);
    console.log(commentsOn(53)[0]);
    console.log(JSON.stringify(checkRunsFor(head).map((c) => [c.conclusion, c.output.annotations]), null, 1));
  });
});

describe("a pull request that touches nothing copygate reads", () => {
  it("gets a success check run with one line and no comment; an earlier comment says there is nothing to check", async () => {
    const readme = "# Marketing copy\n\nSee the copygate README.\n";
    const change: PullRequestChange = { number: 54, branch: "readme", title: "README", files: { "README.md": readme } };
    const head = await openPullRequest(scenario, change);
    const result = await runOnPullRequest(scenario, change, head);
    expect(result.exitCode).toBe(0);
    console.log(result.summary, JSON.stringify(checkRunsFor(head).map((c) => [c.conclusion, c.output])), commentsOn(54));
  });
});
