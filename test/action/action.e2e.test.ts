/**
 * The built Action (action/dist/index.js) run as the GitHub runner runs it, against the GitHub
 * twin, on the example repository. Each scenario asserts the comment, the check run's conclusion
 * and annotations, the labels and the review requests.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAMPAIGN_FILE, PROMPT_V9, SEGMENT_SNAPSHOT, campaignCopies, goodCandidatePrompt, rewordedCampaign, riskyCandidatePrompt, staleSegment } from "./changes.ts";
import {
  DEMO_CLOCK_NOTE, FIX_BRIEF_FIRST, FORK_NOTE, REGENERATE_TRIAL, SIMULATOR_NOTE, USAGE_LINE, USAGE_STALE, alignedTable, draftsLine, draftsNotCurrent, findingLine, footer, headFooter, usageWarning,
} from "./expected.ts";
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

const RISKY_NOT_PROMOTED = "Do not promote v9 over v7. Criteria not met: Legal restricted-term failures 0. Inconclusive: JSON validity above 99 percent; Unsupported claims below 0.5 percent.";
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

### Findings (3)

**Campaign \`trial-expiration-3d\`**

${findingLine("failure", `${CAMPAIGN_FILE}:8`, "invalid file", 'channel.subject_max_chars must be a whole number, not text "fifty"')}
${draftsLine("campaigns/trial-expiration-3d/campaign.yaml changed since the drafts were generated", FIX_BRIEF_FIRST)}
${USAGE_LINE}

### Campaign \`trial-expiration-3d\`

- Freshness: ${USAGE_STALE} (generic variant)
- Drafts: campaigns/trial-expiration-3d/campaign.yaml changed since the drafts were generated
- Drafts: To regenerate: ${FIX_BRIEF_FIRST}.
${DEMO_CLOCK_NOTE}

${footer(head)}`]);
    expect(checkRunsFor(head)).toEqual([
      [
        "failure",
        [
          { path: CAMPAIGN_FILE, start_line: 8, end_line: 8, annotation_level: "failure", title: "invalid file", message: 'channel.subject_max_chars must be a whole number, not text "fifty"' },
          usageWarning(),
          draftsNotCurrent("campaigns/trial-expiration-3d/campaign.yaml changed since the drafts were generated", undefined, FIX_BRIEF_FIRST),
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

### Findings (3)

**Campaign \`trial-expiration-3d\`**

${findingLine("failure", `${CAMPAIGN_FILE}:25`, "data freshness", 'audience_segment: source "cdp" is 80.5 hours old, over its error_after limit of 24 hours. On failure: stop.')}
${draftsLine('inputs cannot be verified: the data contract stops before generation (audience_segment: source "cdp" is 80.5 hours old, over its error_after limit of 24 hours)')}
${USAGE_LINE}

### Campaign \`trial-expiration-3d\`

- Freshness: audience_segment: source "cdp" is 80.5 hours old, over its error_after limit of 24 hours (stop)
- Freshness: ${USAGE_STALE} (generic variant)
- Drafts: inputs cannot be verified: the data contract stops before generation (audience_segment: source "cdp" is 80.5 hours old, over its error_after limit of 24 hours)
- Drafts: To regenerate: ${REGENERATE_TRIAL}.
${DEMO_CLOCK_NOTE}

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
          draftsNotCurrent('inputs cannot be verified: the data contract stops before generation (audience_segment: source "cdp" is 80.5 hours old, over its error_after limit of 24 hours)'),
        ],
      ],
    ]);
    expect(labelsOf(22)).toEqual([]);
  });

  it("refuses to promote a candidate prompt that breaks the legal criteria, annotating the prompt file", async () => {
    const change: PullRequestChange = { number: 25, branch: "prompt-v9-risky", title: "Prompt v9: trust line", files: { [PROMPT_V9]: await riskyCandidatePrompt() } };
    const head = await openPullRequest(scenario, change);
    const result = await runOnPullRequest(scenario, change, head, { inputs: { concurrency: "32", ...model.inputs } });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ decision: "fail", "risk-level": "" });
    const [body, ...more] = commentsOn(25).map((c) => c.body);
    expect(more).toEqual([]);
    const expectedStart = `<!-- copygate:report -->
## copygate: fail

| Workflow               | Baseline | Candidate | Decision       |
| ---------------------- | -------- | --------- | -------------- |
| trial_expiration_email | v7       | v9        | do not promote |

### Findings (1)

**Workflow \`trial_expiration_email\`**

${findingLine("failure", `${PROMPT_V9}:1`, "eval suite", RISKY_NOT_PROMOTED)}

### Workflow \`trial_expiration_email\`: v9 against v7

### Eval suite: trial_expiration_email_eval
`;
    expect(body!.slice(0, expectedStart.length)).toBe(expectedStart);
    expect(body).toContain("\n| Legal restricted-term failures 0     | not met  ");
    expect(body).toContain("\n**Decision:** ⛔ Do not promote v9: 1 of 4 promotion criteria do not hold; 2 more are inconclusive.\n");
    // Provenance: the endpoint by host only, the models, the cache, the dataset and its hash, the version.
    expect(body).toMatch(/\n\n<sub>trial_expiration_email suite: generation [^ ]+ at 127\.0\.0\.1:\d+ · judge [^ ]+ · \d+ model calls, \d+ cache hits · dataset datasets\/trial_expiration_email\/historical_briefs\.jsonl \(sha256 [0-9a-f]{12}\)<br>copygate 0\.1\.0<\/sub>\n\n/);
    expect(body!.endsWith(`copygate 0.1.0</sub>\n\n${headFooter(head)}`)).toBe(true);
    expect(body).not.toContain(model.inputs["openai-api-key"]);
    expect(checkRunsFor(head)).toEqual([
      [
        "failure",
        [{ path: PROMPT_V9, start_line: 1, end_line: 1, annotation_level: "failure", title: "eval suite", message: RISKY_NOT_PROMOTED }],
      ],
    ]);
    expect(labelsOf(25)).toEqual([]);
  }, 120_000);

  it("on a fork pull request still validates and checks freshness, skips model calls, and writes only the job summary, with no request GitHub refuses", async () => {
    const change: PullRequestChange = { number: 26, branch: "fork-v9", title: "Prompt v9 from a fork", fromFork: true, files: { [PROMPT_V9]: await goodCandidatePrompt(), [CAMPAIGN_FILE]: await rewordedCampaign() } };
    const head = await openPullRequest(scenario, change);
    const before = scenario.twin.requests.length;
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

<sub>copygate 0.1.0</sub>

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
    // Decided from the event before any write: only reads, none refused; the fork note once.
    const during = scenario.twin.requests.slice(before);
    expect(during.filter((r) => r.status >= 400)).toEqual([]);
    expect(during.filter((r) => r.method !== "GET")).toEqual([]);
    expect(result.stdout.split("\n").filter((line) => /fork/i.test(line))).toEqual([
      "copygate: pull request from a fork: its token is read-only, so the report is in the job summary (no check run, comment, label or review request).",
    ]);
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
    expect(body).toContain(`\n\n### Findings (1)\n\n**Workflow \`trial_expiration_email\`**\n\n- ⛔ \`${PROMPT_V9}:1\` eval suite: Do not promote v9 over v7. Criteria not met: `);
    expect(body).toMatch(new RegExp(`\n\n${SIMULATOR_NOTE.replace(/[.*+?^$()|[\]\\]/g, "\\$&")}\n\n<sub>trial_expiration_email suite: generation [^ ]+ at the bundled simulator · no judge · \\d+ model calls, \\d+ cache hits · dataset datasets/trial_expiration_email/historical_briefs\\.jsonl \\(sha256 [0-9a-f]{12}\\)<br>copygate 0\\.1\\.0</sub>\n\n`));
    expect(body!.endsWith(headFooter(head))).toBe(true);
  }, 120_000);

  it("shortens a report too large for one comment, batches its annotations and keeps everything in the job summary", async () => {
    const change: PullRequestChange = { number: 27, branch: "bulk-campaigns", title: "Add 200 regional campaigns", files: await campaignCopies(200) };
    const head = await openPullRequest(scenario, change);
    const result = await runOnPullRequest(scenario, change, head);
    expect(result.exitCode).toBe(1);
    const rows = Array.from({ length: 200 }, (_, i) => `| bulk-${String(i + 1).padStart(3, "0")} | generic variant | no             | not checked | —    | —                  |`);
    // 30 findings fit beside the tables: the first 15 campaigns (each fails), failure first; the rest are counted.
    const listed = Array.from({ length: 15 }, (_, i) => {
      const dir = `campaigns/bulk-${String(i + 1).padStart(3, "0")}`;
      const missing = `${dir}/drafts.json does not exist`;
      const remedy = `run \`copygate generate ${dir}\` (or comment \`/copygate generate\` on the pull request) and commit ${dir}/drafts.json`;
      return `**Campaign \`bulk-${String(i + 1).padStart(3, "0")}\`**\n\n${draftsLine(missing, remedy, dir)}\n${USAGE_LINE.replace("campaigns/trial-expiration-3d", dir)}`;
    });
    expect(commentsOn(27).map((c) => c.body)).toEqual([`<!-- copygate:report -->
## copygate: fail

| Campaign | Freshness       | Drafts current | Verdict     | Risk | Reviewers required |
| -------- | --------------- | -------------- | ----------- | ---- | ------------------ |
${rows.join("\n")}

### Findings (400)

${listed.join("\n\n")}

…and 370 more in the job summary.

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
    expect(result.stdout).toContain("\nand 380 more problems: see the check run\n");
    expect(result.summary).toContain("### Campaign `bulk-200`\n\n- Freshness:");
    expect(result.summary).toContain("| campaigns/bulk-200/drafts.json:1    | failure | drafts not current |");
  }, 120_000);
});
