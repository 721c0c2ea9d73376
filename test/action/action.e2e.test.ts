/**
 * The built Action (action/dist/index.js) run as the GitHub runner runs it, against the GitHub
 * twin, on the example repository. Each scenario asserts the comment, the check run's conclusion
 * and annotations, the labels and the review requests.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAMPAIGN_FILE, PROMPT_V9, SEGMENT_SNAPSHOT, campaignCopies, goodCandidatePrompt, rewordedCampaign, riskyCandidatePrompt, staleSegment } from "./changes.ts";
import { DEMO_CLOCK_NOTE, FORK_NOTE, REGENERATE_TRIAL, SIMULATOR_NOTE, USAGE_STALE, alignedTable, draftsNotCurrent, footer, usageWarning } from "./expected.ts";
import { startModelEndpoint } from "./model-endpoint.ts";
import { openPullRequest, runOnPullRequest, startScenario } from "./scenario.ts";
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

const commentsOn = (pr: number) => scenario.twin.state.comments.filter((c) => c.issueNumber === pr);
const checkRunsFor = (sha: string) => scenario.twin.state.checkRuns.filter((c) => c.headSha === sha).map((c) => [c.conclusion, c.output.annotations]);
const labelsOf = (pr: number) => scenario.twin.state.issueLabels.get(pr) ?? [];

describe("the built Action on a pull request", () => {
  it("annotates an invalid file at the offending line and fails the check", async () => {
    const broken = (await rewordedCampaign()).replace("subject_max_chars: 50", "subject_max_chars: fifty");
    const change: PullRequestChange = { number: 21, branch: "broken-brief", title: "Reword the brief", files: { [CAMPAIGN_FILE]: broken } };
    const head = await openPullRequest(scenario, change);
    const result = await runOnPullRequest(scenario, change, head);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ decision: "fail", "risk-level": "" });
    expect(commentsOn(21).map((c) => c.body)).toEqual([`<!-- copygate:report -->
## copygate: fail

| Campaign            | Freshness       | Drafts current | Verdict     | Risk | Reviewers required |
| ------------------- | --------------- | -------------- | ----------- | ---- | ------------------ |
| trial-expiration-3d | generic variant | no             | not checked | —    | —                  |

### Campaign \`trial-expiration-3d\`

- Freshness: ${USAGE_STALE} (generic variant)
- Drafts: campaigns/trial-expiration-3d/campaign.yaml changed since the drafts were generated
- Drafts: To regenerate: ${REGENERATE_TRIAL}.
${DEMO_CLOCK_NOTE}

3 findings annotated on the changed files.

${footer(head)}`]);
    expect(checkRunsFor(head)).toEqual([
      [
        "failure",
        [
          { path: CAMPAIGN_FILE, start_line: 8, end_line: 8, annotation_level: "failure", title: "invalid file", message: 'channel.subject_max_chars must be a whole number, not text "fifty"' },
          usageWarning(),
          draftsNotCurrent("campaigns/trial-expiration-3d/campaign.yaml changed since the drafts were generated"),
        ],
      ],
    ]);
    expect(result.commands).toContain(`::error title=invalid file,file=${CAMPAIGN_FILE},line=8::channel.subject_max_chars must be a whole number, not text "fifty"`);
    expect(labelsOf(21)).toEqual([]);
  });

  it("stops a campaign whose source is stale, with the verdict on the contract input's line", async () => {
    const change: PullRequestChange = { number: 22, branch: "stale-segment", title: "Re-deliver the segment export", files: { [SEGMENT_SNAPSHOT]: await staleSegment() } };
    const head = await openPullRequest(scenario, change);
    const result = await runOnPullRequest(scenario, change, head);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ decision: "fail", "risk-level": "" });
    expect(commentsOn(22).map((c) => c.body)).toEqual([`<!-- copygate:report -->
## copygate: fail

| Campaign            | Freshness | Drafts current | Verdict     | Risk | Reviewers required |
| ------------------- | --------- | -------------- | ----------- | ---- | ------------------ |
| trial-expiration-3d | stop      | no             | not checked | —    | —                  |

### Campaign \`trial-expiration-3d\`

- Freshness: audience_segment: source "cdp" is 80.5 hours old, over its error_after limit of 24 hours (stop)
- Freshness: ${USAGE_STALE} (generic variant)
- Drafts: inputs cannot be verified: the data contract stops (see freshness)
- Drafts: To regenerate: ${REGENERATE_TRIAL}.
${DEMO_CLOCK_NOTE}

3 findings annotated on the changed files.

${footer(head)}`]);
    expect(checkRunsFor(head)).toEqual([
      [
        "failure",
        [
          {
            path: CAMPAIGN_FILE,
            start_line: 25,
            end_line: 25,
            annotation_level: "failure",
            title: "data freshness",
            message: 'audience_segment: source "cdp" is 80.5 hours old, over its error_after limit of 24 hours. On failure: stop.',
          },
          usageWarning(),
          draftsNotCurrent("inputs cannot be verified: the data contract stops (see freshness)"),
        ],
      ],
    ]);
    expect(labelsOf(22)).toEqual([]);
  });

  it("recommends promoting a candidate prompt that meets the criteria", async () => {
    const change: PullRequestChange = { number: 24, branch: "prompt-v9", title: "Prompt v9: shorter deadline line", files: { [PROMPT_V9]: await goodCandidatePrompt() } };
    const head = await openPullRequest(scenario, change);
    const result = await runOnPullRequest(scenario, change, head, { inputs: { concurrency: "32", ...model.inputs } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ decision: "pass", "risk-level": "" });
    const [body, ...more] = commentsOn(24).map((c) => c.body);
    expect(more).toEqual([]);
    expect(body!.startsWith(`<!-- copygate:report -->
## copygate: pass

| Workflow               | Baseline | Candidate | Decision |
| ---------------------- | -------- | --------- | -------- |
| trial_expiration_email | v7       | v9        | promote  |

### Workflow \`trial_expiration_email\`: v9 against v7

### Eval suite: trial_expiration_email_eval
`)).toBe(true);
    expect(body).toContain("\n**Decision:** ✅ Promote v9: all 4 promotion criteria are met.\n");
    expect(body!.endsWith(`\n\n${footer(head)}`)).toBe(true);
    expect(body).not.toContain(SIMULATOR_NOTE);
    expect(body).not.toContain(model.inputs["openai-api-key"]);
    expect(checkRunsFor(head)).toEqual([["success", []]]);
    expect(labelsOf(24)).toEqual([]);
  }, 120_000);

  it("refuses to promote a candidate prompt that breaks the legal criteria, annotating the prompt file", async () => {
    const change: PullRequestChange = { number: 25, branch: "prompt-v9-risky", title: "Prompt v9: trust line", files: { [PROMPT_V9]: await riskyCandidatePrompt() } };
    const head = await openPullRequest(scenario, change);
    const result = await runOnPullRequest(scenario, change, head, { inputs: { concurrency: "32", ...model.inputs } });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ decision: "fail", "risk-level": "" });
    const [body, ...more] = commentsOn(25).map((c) => c.body);
    expect(more).toEqual([]);
    expect(body!.startsWith(`<!-- copygate:report -->
## copygate: fail

| Workflow               | Baseline | Candidate | Decision       |
| ---------------------- | -------- | --------- | -------------- |
| trial_expiration_email | v7       | v9        | do not promote |

### Workflow \`trial_expiration_email\`: v9 against v7

### Eval suite: trial_expiration_email_eval
`)).toBe(true);
    expect(body).toContain("\n| Legal restricted-term failures 0     | not met  ");
    expect(body).toContain("\n**Decision:** ⛔ Do not promote v9: 1 of 4 promotion criteria do not hold.\n");
    expect(body!.endsWith(`\n\n1 finding annotated on the changed files.\n\n${footer(head)}`)).toBe(true);
    expect(checkRunsFor(head)).toEqual([
      [
        "failure",
        [{ path: PROMPT_V9, start_line: 1, end_line: 1, annotation_level: "failure", title: "eval suite", message: "Do not promote v9 over v7. Criteria not met: Legal restricted-term failures 0." }],
      ],
    ]);
    expect(labelsOf(25)).toEqual([]);
  }, 120_000);

  it("on a fork pull request still validates and checks freshness, skips model calls, and writes only the job summary", async () => {
    const change: PullRequestChange = { number: 26, branch: "fork-v9", title: "Prompt v9 from a fork", fromFork: true, files: { [PROMPT_V9]: await goodCandidatePrompt(), [CAMPAIGN_FILE]: await rewordedCampaign() } };
    const head = await openPullRequest(scenario, change);
    scenario.twin.setTokenPermissions("read");
    let result;
    try {
      result = await runOnPullRequest(scenario, change, head);
    } finally {
      scenario.twin.setTokenPermissions("write");
    }
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ decision: "fail", "risk-level": "" });
    expect(result.summary).toBe(`## copygate: fail

> ${FORK_NOTE}

| Campaign            | Freshness       | Drafts current | Verdict     | Risk | Reviewers required |
| ------------------- | --------------- | -------------- | ----------- | ---- | ------------------ |
| trial-expiration-3d | generic variant | no             | not checked | —    | —                  |

| Workflow               | Baseline   | Candidate | Decision |
| ---------------------- | ---------- | --------- | -------- |
| trial_expiration_email | production | v9        | not run  |

### Campaign \`trial-expiration-3d\`

- Freshness: ${USAGE_STALE} (generic variant)
- Drafts: campaigns/trial-expiration-3d/campaign.yaml changed since the drafts were generated
- Drafts: To regenerate: ${REGENERATE_TRIAL}.
${DEMO_CLOCK_NOTE}

### Workflow \`trial_expiration_email\`: v9 against production

- ${FORK_NOTE}

2 findings annotated on the changed files.

### Findings

${alignedTable([
  ["Where", "Level", "Check", "Message"],
  ["campaigns/trial-expiration-3d/campaign.yaml:31", "warning", "data freshness", `${USAGE_STALE}. On failure: generic variant.`],
  ["campaigns/trial-expiration-3d/drafts.json:1", "failure", "drafts not current", `campaigns/trial-expiration-3d/campaign.yaml changed since the drafts were generated. To regenerate: ${REGENERATE_TRIAL}.`],
])}
`);
    expect(result.commands).toEqual([
      "::add-mask::ghs_twin_token",
      `::warning title=data freshness,file=${CAMPAIGN_FILE},line=31::${USAGE_STALE}. On failure: generic variant.`,
      `::error title=drafts not current,file=campaigns/trial-expiration-3d/drafts.json,line=1::campaigns/trial-expiration-3d/campaign.yaml changed since the drafts were generated. To regenerate: ${REGENERATE_TRIAL}.`,
      "::error::copygate: fail. The job summary says what to fix.",
    ]);
    expect(result.stdout).toContain("copygate: the token cannot create check runs (403); the job status carries the result.\n");
    expect(commentsOn(26)).toEqual([]);
    expect(checkRunsFor(head)).toEqual([]);
    expect(labelsOf(26)).toEqual([]);
    expect(scenario.twin.state.pullRequests.get(26)!.requestedTeams).toEqual([]);
  });

  it("without a model key runs the suite on the bundled simulator, says so, and promotes nothing", async () => {
    const change: PullRequestChange = { number: 27, branch: "prompt-v9-nokey", title: "Prompt v9 without a key", files: { [PROMPT_V9]: await goodCandidatePrompt() } };
    const head = await openPullRequest(scenario, change);
    const result = await runOnPullRequest(scenario, change, head, { inputs: { concurrency: "32" } });
    expect(result.exitCode).toBe(1);
    const [body] = commentsOn(27).map((c) => c.body);
    expect(body).toContain("| trial_expiration_email | v7       | v9        | do not promote |");
    expect(body).toContain("Reviewer acceptance");
    expect(body).toContain("no judge model");
    expect(body!.endsWith(`\n\n${SIMULATOR_NOTE}\n\n1 finding annotated on the changed files.\n\n${footer(head)}`)).toBe(true);
  }, 120_000);

  it("shortens a report too large for one comment, batches its annotations and keeps everything in the job summary", async () => {
    const change: PullRequestChange = { number: 27, branch: "bulk-campaigns", title: "Add 200 regional campaigns", files: await campaignCopies(200) };
    const head = await openPullRequest(scenario, change);
    const result = await runOnPullRequest(scenario, change, head);
    expect(result.exitCode).toBe(1);
    const rows = Array.from({ length: 200 }, (_, i) => `| bulk-${String(i + 1).padStart(3, "0")} | generic variant | no             | not checked | —    | —                  |`);
    expect(commentsOn(27).map((c) => c.body)).toEqual([`<!-- copygate:report -->
## copygate: fail

| Campaign | Freshness       | Drafts current | Verdict     | Risk | Reviewers required |
| -------- | --------------- | -------------- | ----------- | ---- | ------------------ |
${rows.join("\n")}

400 findings annotated on the changed files.

${footer(head, true)}`]);
    const [[conclusion, annotations]] = checkRunsFor(head) as [[string, unknown[]]];
    expect(conclusion).toBe("failure");
    expect(annotations).toHaveLength(400);
    expect(annotations[399]).toEqual(draftsNotCurrent("campaigns/bulk-200/drafts.json does not exist", "campaigns/bulk-200"));
    const checkRequests = scenario.twin.requests.filter((r) => /\/check-runs(\/\d+)?$/.test(r.path) && r.path.includes("/repos/"));
    expect(checkRequests.slice(-8).map((r) => r.method)).toEqual(["POST", "PATCH", "PATCH", "PATCH", "PATCH", "PATCH", "PATCH", "PATCH"]);
    // The step shows 10 errors and 10 warnings; the check run and the job summary carry all 400.
    expect(result.commands.filter((c) => c.startsWith("::error title="))).toHaveLength(10);
    expect(result.commands.filter((c) => c.startsWith("::warning title="))).toHaveLength(10);
    expect(result.summary).toContain("### Campaign `bulk-200`\n\n- Freshness:");
    expect(result.summary).toContain("| campaigns/bulk-200/drafts.json:1    | failure | drafts not current |");
  }, 120_000);
});
