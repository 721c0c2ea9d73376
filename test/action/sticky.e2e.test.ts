/**
 * The sticky comment across pushes: stale drafts fail with how to regenerate; after the drafts
 * are regenerated and pushed, the SAME comment is updated, the risk label is set and the reviewer
 * groups the risk level requires are asked for review. Also: pull_request_target never runs
 * model calls on the pull request's code.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DraftsFile } from "../../core/model/index.ts";
import { CAMPAIGN_FILE, PROMPT_V9, goodCandidatePrompt, rewordedCampaign } from "./changes.ts";
import { DEMO_CLOCK_NOTE, REGENERATE_TRIAL, USAGE_LINE, USAGE_STALE, alignedTable, draftsLine, draftsNotCurrent, draftsProvenance, footer, headFooter, usageWarning } from "./expected.ts";
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

const TEAMS: Record<string, string> = { "lifecycle-marketing": "lifecycle-marketing", brand: "brand", legal: "legal" };

describe("the sticky comment", () => {
  it("fails on stale drafts with how to regenerate, then updates the same comment once they are regenerated", async () => {
    const change: PullRequestChange = { number: 31, branch: "reworded-brief", title: "Sharper key message", files: { [CAMPAIGN_FILE]: await rewordedCampaign() } };
    const first = await openPullRequest(scenario, change);
    // Someone else's comment with our marker must never be taken for ours; and ours will sit on page 2.
    scenario.twin.addComment({ issue_number: 31, user: "octo-marketer", body: "<!-- copygate:report -->\nquoted from an old run" });
    for (let i = 0; i < 120; i++) scenario.twin.addComment({ issue_number: 31, user: "legal-reviewer", body: `Review note ${i + 1}` });
    const stale = await runOnPullRequest(scenario, change, first);
    expect(stale.exitCode).toBe(1);
    expect(stale.outputs).toMatchObject({ decision: "fail", "risk-level": "" });
    const ours = () => scenario.twin.state.comments.filter((c) => c.issueNumber === 31 && c.user.login === "github-actions[bot]");
    expect(ours().map((c) => c.body)).toEqual([`<!-- copygate:report -->
## copygate: fail

| Campaign            | Freshness       | Drafts current | Verdict     | Risk | Reviewers required |
| ------------------- | --------------- | -------------- | ----------- | ---- | ------------------ |
| trial-expiration-3d | generic variant | no             | not checked | —    | —                  |

### Findings (2)

**Campaign \`trial-expiration-3d\`**

${draftsLine("campaigns/trial-expiration-3d/campaign.yaml changed since the drafts were generated")}
${USAGE_LINE}

### Campaign \`trial-expiration-3d\`

- Freshness: ${USAGE_STALE} (generic variant)
- Drafts: campaigns/trial-expiration-3d/campaign.yaml changed since the drafts were generated
- Drafts: To regenerate: ${REGENERATE_TRIAL}.
${DEMO_CLOCK_NOTE}

${footer(first)}`]);
    const staleCheck = scenario.twin.state.checkRuns.filter((c) => c.headSha === first);
    expect(staleCheck.map((c) => [c.conclusion, c.output.annotations])).toEqual([
      ["failure", [usageWarning(), draftsNotCurrent("campaigns/trial-expiration-3d/campaign.yaml changed since the drafts were generated")]],
    ]);
    const commentId = ours()[0]!.id;

    const draftFiles = await generateDraftFiles(scenario.repo.dir, TRIAL_CAMPAIGN);
    const drafts = JSON.parse(draftFiles[`${TRIAL_CAMPAIGN}/drafts.json`]!) as DraftsFile;
    const second = await pushToPullRequest(scenario, change, draftFiles);
    const current = await runOnPullRequest(scenario, change, second);

    // The checkpoint the Action recomputes from the committed drafts matches the one generation stored.
    const checkpoint = drafts.checkpoint;
    expect(ours().map((c) => c.id)).toEqual([commentId]);
    expect(scenario.twin.requests.some((r) => r.method === "GET" && r.path.startsWith("/repos/lumora/marketing/issues/31/comments?") && r.path.includes("page=2"))).toBe(true);
    expect(scenario.twin.state.comments.filter((c) => c.issueNumber === 31)).toHaveLength(122);
    const body = ours()[0]!.body;
    const decision = checkpoint.verdict === "fail" ? "fail" : checkpoint.verdict === "review" ? "review" : "pass";
    expect(current.outputs).toMatchObject({ decision, "risk-level": checkpoint.risk_level });
    expect(body.startsWith(`<!-- copygate:report -->
## copygate: ${decision} · risk ${checkpoint.risk_level}

${alignedTable([
  ["Campaign", "Freshness", "Drafts current", "Verdict", "Risk", "Reviewers required"],
  ["trial-expiration-3d", "generic variant", "yes", checkpoint.verdict, checkpoint.risk_level, checkpoint.required_reviewers.join(", ")],
])}

### Findings (1)

**Campaign \`trial-expiration-3d\`**

${USAGE_LINE}

### Campaign \`trial-expiration-3d\`

- Freshness: ${USAGE_STALE} (generic variant)
${DEMO_CLOCK_NOTE}

<details><summary>Approval checkpoint</summary>

`)).toBe(true);
    expect(body).toContain(`| Run                | ${checkpoint.run_id}`);
    expect(body).toContain(`<details><summary>Drafts preview (${drafts.variants.length} variants)</summary>`);
    for (const variant of drafts.variants) {
      expect(body).toContain(`**${variant.audience.key}** (${variant.audience.recipients} recipients, model)`);
      expect(body).toContain(`- subject_lines: ${(variant.content.subject_lines as string[]).join(" · ")}\n`);
    }
    expect(body).not.toMatch(/@example\.com/);
    expect(body.endsWith(`</details>\n\n<sub>${draftsProvenance("trial-expiration-3d", drafts.provenance)}<br>copygate 0.1.0</sub>\n\n${headFooter(second)}`)).toBe(true);
    expect(scenario.twin.state.issueLabels.get(31)).toEqual([`copygate:risk-${checkpoint.risk_level}`]);
    const teams = checkpoint.required_reviewers.map((group) => TEAMS[group]).sort();
    expect(scenario.twin.state.pullRequests.get(31)!.requestedTeams).toEqual(teams);
    const secondCheck = scenario.twin.state.checkRuns.filter((c) => c.headSha === second);
    expect(secondCheck.map((c) => c.conclusion)).toEqual([decision === "fail" ? "failure" : decision === "review" ? "neutral" : "success"]);
    expect(secondCheck[0]!.output.annotations[0]).toEqual(usageWarning());
  }, 120_000);
});

describe("the checks on committed drafts", () => {
  it("are run again by the Action rather than read from drafts.json", async () => {
    const path = `${TRIAL_CAMPAIGN}/drafts.json`;
    const committed = JSON.parse(await scenario.repo.git("show", `main:${path}`)) as DraftsFile;
    // Edit only the stored results (the content, and so its hash, stays): a claimed grounding failure.
    const edited: DraftsFile = {
      ...committed,
      variants: committed.variants.map((v) => ({
        ...v,
        evals: { ...v.evals, verdict: "fail", checks: v.evals.checks.map((c) => (c.id === "grounding" ? { ...c, status: "fail", message: "stored, not true" } : c)) },
      })),
    };
    const change: PullRequestChange = { number: 33, branch: "edited-results", title: "Edited check results", files: { [path]: `${JSON.stringify(edited, null, 2)}\n` } };
    const head = await openPullRequest(scenario, change);
    const result = await runOnPullRequest(scenario, change, head);
    expect(result.outputs["risk-level"]).toBe(committed.checkpoint.risk_level);
    const body = scenario.twin.state.comments.find((c) => c.issueNumber === 33)!.body;
    expect(body).toContain(`| trial-expiration-3d | generic variant | yes            | ${committed.checkpoint.verdict.padEnd(7)} |`);
    const annotations = scenario.twin.state.checkRuns.find((c) => c.headSha === head)!.output.annotations;
    expect(annotations.filter((a) => a.message.includes("stored, not true"))).toEqual([]);
  });
});

describe("pull_request_target", () => {
  it("refuses model calls on the pull request's code and says so", async () => {
    const change: PullRequestChange = { number: 32, branch: "target-v9", title: "Prompt v9 via pull_request_target", files: { [PROMPT_V9]: await goodCandidatePrompt() } };
    const head = await openPullRequest(scenario, change);
    const result = await runOnPullRequest(scenario, change, head, { eventName: "pull_request_target", inputs: { "openai-api-key": "sk-live-should-not-be-used" } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ decision: "review" });
    const note = "Model calls refused: under pull_request_target the job holds the base repository's secrets, so copygate does not run the pull request's prompts with them. Use pull_request instead.";
    expect(scenario.twin.state.comments.filter((c) => c.issueNumber === 32).map((c) => c.body)).toEqual([`<!-- copygate:report -->
## copygate: review

> ${note}

| Workflow               | Baseline   | Candidate | Decision |
| ---------------------- | ---------- | --------- | -------- |
| trial_expiration_email | production | v9        | not run  |

### Workflow \`trial_expiration_email\`: v9 against production

- ${note}

${footer(head)}`]);
    expect(result.commands).toContain("::add-mask::sk-live-should-not-be-used");
    expect(result.stdout.replace("::add-mask::sk-live-should-not-be-used", "")).not.toContain("sk-live-should-not-be-used");
    expect(scenario.twin.state.checkRuns.filter((c) => c.headSha === head).map((c) => c.conclusion)).toEqual(["neutral"]);
  });
});
