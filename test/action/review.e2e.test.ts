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
import type { DraftsFile } from "../../core/model/index.ts";
import { DEMO_CLOCK_NOTE, REGENERATE_TRIAL, USAGE_LINE, USAGE_STALE, draftsLine, draftsProvenance, findingLine, footer, headFooter } from "./expected.ts";
import { TRIAL_CAMPAIGN, generateDraftFiles, openPullRequest, pushToPullRequest, runOnPullRequest, startScenario } from "./scenario.ts";
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
const NOTHING = "Nothing to check: this pull request changes no prompt, campaign, policy, source or dataset.";
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
    const notInClaims = 'claim "unlimited_viewers" is not in claims_v14: use an approved claim id (integrations, scheduled_reports, keep_work, annual_saving, setup_time)';
    const fixPaid = `fix ${PAID}/campaign.yaml first (generation refuses to run until it validates; see its findings), then ${REGENERATE_PAID}`;
    const fixTrial = `fix ${CAMPAIGN_FILE} first (generation refuses to run until it validates; see its findings), then ${REGENERATE_TRIAL}`;
    const grounding = 'personalized:analyst: The copy states "unlimited viewers", which no approved claim in claims_v14, the offer or the brief supports; remove it or use an approved claim. In email_body: "On the Team plan, dashboards can be shared with unlimited viewers."';
    expect(commentsOn(51)).toEqual([`<!-- copygate:report -->
## copygate: fail · risk high

### Rule changes

- policies/claims/claims_v14.yaml changed: risk high, review by legal

| Campaign                 | Freshness       | Drafts current | Verdict     | Risk | Reviewers required |
| ------------------------ | --------------- | -------------- | ----------- | ---- | ------------------ |
| paid-search-lumora-trial | fresh           | no             | not checked | —    | —                  |
| trial-expiration-3d      | generic variant | no             | not checked | —    | —                  |

### Findings (5)

**Campaign \`paid-search-lumora-trial\`**

${findingLine("failure", `${PAID}/campaign.yaml:40`, "invalid file", notInClaims)}

**Campaign \`trial-expiration-3d\`**

${findingLine("failure", `${CAMPAIGN_FILE}:63`, "invalid file", notInClaims)}
${draftsLine("policy claims_v14 changed or is newly pinned", fixTrial)}
${findingLine("failure", "campaigns/trial-expiration-3d/drafts.json:301", "Grounding", grounding)}
${USAGE_LINE}

### Already failing on \`main\` (1)

These problems exist on \`main\` too: they are shown for information and do not fail this pull request.

**Campaign \`paid-search-lumora-trial\`**

${draftsLine(`${PAID}/drafts.json does not exist`, fixPaid, PAID)}

### Campaign \`paid-search-lumora-trial\`

- Drafts: ${PAID}/drafts.json does not exist
- Drafts: To regenerate: ${fixPaid}.

### Campaign \`trial-expiration-3d\`

- Freshness: ${USAGE_STALE} (generic variant)
- Drafts: policy claims_v14 changed or is newly pinned
- Drafts: To regenerate: ${fixTrial}.
${DEMO_CLOCK_NOTE}

${footer(head)}`]);
    const [check] = checkRunsFor(head);
    expect(check!.conclusion).toBe("failure");
    expect(check!.output.summary).toBe(commentsOn(51)[0]!.replace("<!-- copygate:report -->\n", ""));
    expect(check!.output.annotations.map((a) => `${a.annotation_level} ${a.path}:${a.start_line} ${a.title}: ${a.message}`)).toEqual([
      `failure ${PAID}/campaign.yaml:40 invalid file: ${notInClaims}`,
      `failure ${CAMPAIGN_FILE}:63 invalid file: ${notInClaims}`,
      `warning ${CAMPAIGN_FILE}:31 data freshness: ${USAGE_STALE}. On failure: generic variant.`,
      `failure campaigns/trial-expiration-3d/drafts.json:1 drafts not current: policy claims_v14 changed or is newly pinned. To regenerate: ${fixTrial}.`,
      `failure campaigns/trial-expiration-3d/drafts.json:301 Grounding: ${grounding}`,
    ]);
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
    const files = await generateDraftFiles(scenario.repo.dir, TRIAL_CAMPAIGN);
    const drafts = files[`${TRIAL_CAMPAIGN}/drafts.json`]!;
    const head = await pushToPullRequest(scenario, change, files);
    const result = await runOnPullRequest(scenario, change, head);
    // Not failed by what main already had: a person reviews (the brand change and the drafts' checkpoint).
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ decision: "review", "risk-level": "medium" });
    const missing = `${PAID}/drafts.json does not exist`;
    const [body, ...more] = commentsOn(52);
    expect(more).toEqual([]);
    expect(body!.startsWith(`<!-- copygate:report -->
## copygate: review · risk medium

### Rule changes

- policies/brand/brand_v6.yaml changed: risk medium, review by brand

| Campaign                 | Freshness       | Drafts current | Verdict                               | Risk | Reviewers required  |
| ------------------------ | --------------- | -------------- | ------------------------------------- | ---- | ------------------- |
| paid-search-lumora-trial | fresh           | no             | not checked (already failing on main) | —    | —                   |
| trial-expiration-3d      | generic variant | yes            | review                                | low  | lifecycle-marketing |

### Findings (1)

**Campaign \`trial-expiration-3d\`**

${USAGE_LINE}

### Already failing on \`main\` (1)

These problems exist on \`main\` too: they are shown for information and do not fail this pull request.

**Campaign \`paid-search-lumora-trial\`**

${draftsLine(missing, REGENERATE_PAID, PAID)}

### Campaign \`paid-search-lumora-trial\`

- Drafts: ${missing}
- Drafts: To regenerate: ${REGENERATE_PAID}.

### Campaign \`trial-expiration-3d\`
`)).toBe(true);
    const provenance = draftsProvenance("trial-expiration-3d", (JSON.parse(drafts) as DraftsFile).provenance);
    expect(body!.endsWith(`</details>\n\n<sub>${provenance}<br>copygate 0.1.0</sub>\n\n${headFooter(head)}`)).toBe(true);
    const [check] = checkRunsFor(head);
    expect([check!.conclusion, check!.output.title]).toEqual(["neutral", "copygate: review · risk medium"]);
    // The existing failure is not an annotation of this pull request.
    expect(check!.output.annotations.map((a) => `${a.path}:${a.start_line} ${a.title}`)).toEqual([`${CAMPAIGN_FILE}:31 data freshness`]);
    expect(scenario.twin.state.issueLabels.get(52)).toEqual(["copygate:risk-medium"]);
    expect(scenario.twin.state.pullRequests.get(52)!.requestedTeams).toEqual(["brand", "lifecycle-marketing"]);
  });
});

describe("a misspelt key in a brief", () => {
  it("names the key, its line and the fix, and does not advise a generation that would refuse to run", async () => {
    const misspelt = (await read(CAMPAIGN_FILE)).replace("subject_max_chars: 50", "subjet_max_chars: 50");
    const change: PullRequestChange = { number: 53, branch: "typo", title: "Tweak the subject limit", files: { [CAMPAIGN_FILE]: misspelt } };
    const head = await openPullRequest(scenario, change);
    const result = await runOnPullRequest(scenario, change, head);
    expect(result.exitCode).toBe(1);
    const fix = `fix ${CAMPAIGN_FILE} first (generation refuses to run until it validates; see its findings), then ${REGENERATE_TRIAL}`;
    const stale = `${CAMPAIGN_FILE} changed since the drafts were generated`;
    expect(commentsOn(53)).toEqual([`<!-- copygate:report -->
## copygate: fail

| Campaign            | Freshness       | Drafts current | Verdict     | Risk | Reviewers required |
| ------------------- | --------------- | -------------- | ----------- | ---- | ------------------ |
| trial-expiration-3d | generic variant | no             | not checked | —    | —                  |

### Findings (4)

**Campaign \`trial-expiration-3d\`**

${findingLine("failure", `${CAMPAIGN_FILE}:6`, "invalid file", 'missing required field "subject_max_chars" in channel')}
${findingLine("failure", `${CAMPAIGN_FILE}:8`, "invalid file", 'unknown field "subjet_max_chars" in channel — did you mean "subject_max_chars"?')}
${draftsLine(stale, fix)}
${USAGE_LINE}

### Campaign \`trial-expiration-3d\`

- Freshness: ${USAGE_STALE} (generic variant)
- Drafts: ${stale}
- Drafts: To regenerate: ${fix}.
${DEMO_CLOCK_NOTE}

${footer(head)}`]);
    const [check] = checkRunsFor(head);
    expect(check!.conclusion).toBe("failure");
    expect(check!.output.annotations.slice(0, 2)).toEqual([
      { path: CAMPAIGN_FILE, start_line: 6, end_line: 6, annotation_level: "failure", title: "invalid file", message: 'missing required field "subject_max_chars" in channel' },
      { path: CAMPAIGN_FILE, start_line: 8, end_line: 8, annotation_level: "failure", title: "invalid file", message: 'unknown field "subjet_max_chars" in channel — did you mean "subject_max_chars"?' },
    ]);
    expect(scenario.twin.state.issueLabels.get(53) ?? []).toEqual([]);

    // The author reverts the brief and only edits the README: the earlier report no longer applies.
    const readmeOnly = await pushToPullRequest(scenario, change, { [CAMPAIGN_FILE]: await read(CAMPAIGN_FILE), "README.md": "# Marketing copy\n" });
    const after = await runOnPullRequest(scenario, change, readmeOnly);
    expect(after.exitCode).toBe(0);
    expect(commentsOn(53)).toEqual([`<!-- copygate:report -->\n## copygate: nothing to check\n\n${NOTHING}\n`]);
    expect(checkRunsFor(readmeOnly).map((c) => [c.conclusion, c.output.title, c.output.summary])).toEqual([["success", "copygate: nothing to check", NOTHING]]);
  });
});

describe("a pull request that touches nothing copygate reads", () => {
  it("gets a success check run with one line and no comment", async () => {
    const readme = "# Marketing copy\n\nSee the copygate README.\n";
    const change: PullRequestChange = { number: 54, branch: "readme", title: "README", files: { "README.md": readme } };
    const head = await openPullRequest(scenario, change);
    const result = await runOnPullRequest(scenario, change, head);
    expect(result.exitCode).toBe(0);
    expect(result.summary).toBe(`## copygate: nothing to check\n\n${NOTHING}\n`);
    expect(checkRunsFor(head).map((c) => [c.conclusion, c.output.title, c.output.summary, c.output.annotations])).toEqual([["success", "copygate: nothing to check", NOTHING, []]]);
    expect(commentsOn(54)).toEqual([]);
    expect(result.stdout).toContain(`copygate: ${NOTHING}\n`);
  });
});
