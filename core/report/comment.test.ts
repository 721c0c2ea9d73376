import { describe, expect, it } from "vitest";
import { buildComment } from "./comment.ts";
import { exampleReport } from "./example.fixture.ts";
import type { CampaignGate, GateReport } from "./types.ts";

const FULL_COMMENT = `<!-- copygate:report -->
## copygate: fail · risk medium

| Campaign            | Freshness       | Drafts current | Verdict     | Risk   | Reviewers required         |
| ------------------- | --------------- | -------------- | ----------- | ------ | -------------------------- |
| trial-expiration-3d | generic variant | yes            | review      | medium | lifecycle-marketing, brand |
| paid-search-q4      | stop            | no             | not checked | —      | —                          |

| Workflow               | Baseline | Candidate | Decision       |
| ---------------------- | -------- | --------- | -------------- |
| trial_expiration_email | v7       | v8        | do not promote |

### Findings (1)

**Campaign \`paid-search-q4\`**

- ⛔ \`campaigns/paid-search-q4/campaign.yaml:12\` freshness: audience_segment is 30 h old (limit 24 h): generation stops.

### Campaign \`trial-expiration-3d\`

- Freshness: product_usage: 7.5 h old, limit 6 h (generic variant for 38 recipients)

<details><summary>Approval checkpoint</summary>

| Field              | Value                      |
| ------------------ | -------------------------- |
| Workflow           | trial_expiration_email     |
| Run                | run_2026_06_01_0830        |
| Prompt version     | trial_expiration_email:v7  |
| Audience           | seg_trial_ending_3_days    |
| Risk level         | medium                     |
| Verdict            | review                     |
| Required reviewers | lifecycle-marketing, brand |
| Decision           | route_to_review            |

</details>

<details><summary>Drafts preview (1 variant)</summary>

**personalized:admin** (412 recipients, model)

- subject_lines: Keep your dashboards · 3 days left on Team
- cta_text: Upgrade to Team

</details>

### Campaign \`paid-search-q4\`

- Freshness: audience_segment: 30 h old, limit 24 h (stop)
- Drafts: prompt paid_search_ads v3 changed since generation. Regenerate with \`copygate generate campaigns/paid-search-q4\`.

### Workflow \`trial_expiration_email\`: v8 against v7

| Metric | v7 | v8 |
| --- | --- | --- |
| JSON validity | 1.000 | 0.990 |

- JSON validity above 99 percent: failed (0.990)

<sub>Full report in the job summary. Head 0123456.</sub>
`;

const TABLES_ONLY = `<!-- copygate:report -->
## copygate: fail · risk medium

| Campaign            | Freshness       | Drafts current | Verdict     | Risk   | Reviewers required         |
| ------------------- | --------------- | -------------- | ----------- | ------ | -------------------------- |
| trial-expiration-3d | generic variant | yes            | review      | medium | lifecycle-marketing, brand |
| paid-search-q4      | stop            | no             | not checked | —      | —                          |

| Workflow               | Baseline | Candidate | Decision       |
| ---------------------- | -------- | --------- | -------------- |
| trial_expiration_email | v7       | v8        | do not promote |

### Findings (1)

**Campaign \`paid-search-q4\`**

- ⛔ \`campaigns/paid-search-q4/campaign.yaml:12\` freshness: audience_segment is 30 h old (limit 24 h): generation stops.

<sub>Shortened to fit one comment. Full report in the job summary. Head 0123456.</sub>
`;

const POINTER_ONLY = `<!-- copygate:report -->
## copygate: fail · risk medium

### Findings (1)

**Campaign \`paid-search-q4\`**

- ⛔ \`campaigns/paid-search-q4/campaign.yaml:12\` freshness: audience_segment is 30 h old (limit 24 h): generation stops.

<sub>Shortened to fit one comment. Full report in the job summary. Head 0123456.</sub>
`;

describe("the sticky PR comment", () => {
  it("lists findings grouped by campaign or workflow, most severe first, and counts what does not fit", () => {
    const report = exampleReport();
    report.findings = [
      { path: "prompts/trial_expiration_email/releases.yaml", line: 4, level: "warning", title: "eval suite", message: "the suite could not tell." },
      { path: "campaigns/a/drafts.json", line: 9, level: "warning", title: "subject length", message: "personalized:admin: 52 characters, limit 50." },
      { path: "campaigns/a/campaign.yaml", line: 8, level: "failure", title: "invalid file", message: 'unknown field "subjet_max_chars" in channel — did you mean "subject_max_chars"?' },
      { path: "policies/claims/claims_v14.yaml", line: 0, level: "notice", title: "policy", message: "claim <keep_work> reworded." },
    ];
    const body = buildComment({ ...report, campaigns: [], workflows: [] });
    expect(body).toBe(`<!-- copygate:report -->
## copygate: fail · risk medium

### Findings (4)

**Campaign \`a\`**

- ⛔ \`campaigns/a/campaign.yaml:8\` invalid file: unknown field "subjet_max_chars" in channel — did you mean "subject_max_chars"?
- ⚠️ \`campaigns/a/drafts.json:9\` subject length: personalized:admin: 52 characters, limit 50.

**Workflow \`trial_expiration_email\`**

- ⚠️ \`prompts/trial_expiration_email/releases.yaml:4\` eval suite: the suite could not tell.

**Policies**

- ℹ️ \`policies/claims/claims_v14.yaml:1\` policy: claim &lt;keep_work&gt; reworded.

<sub>Full report in the job summary. Head 0123456.</sub>
`);
    const many = { ...report, campaigns: [], workflows: [], findings: Array.from({ length: 60 }, (_, i) => ({ ...report.findings[2]!, line: i + 1 })) };
    const listed = buildComment(many);
    expect(listed.match(/^- ⛔/gm)).toHaveLength(50);
    expect(listed).toContain("\n\n…and 10 more in the job summary.\n\n");
  });

  it("shows failures the base branch already has apart, and rule changes with who must review them", () => {
    const report: GateReport = {
      ...exampleReport(),
      campaigns: [{ ...exampleReport().campaigns[1]!, alreadyFailing: true }],
      workflows: [],
      findings: [],
      base: "main",
      existing: [{ path: "campaigns/paid-search-q4/drafts.json", line: 1, level: "failure", title: "drafts not current", message: "campaigns/paid-search-q4/drafts.json does not exist." }],
      ruleChanges: [{ kind: "claims", reason: "policies/claims/claims_v14.yaml changed", risk: "high", reviewers: ["legal"] }],
      provenance: ["copygate 0.1.0"],
    };
    expect(buildComment(report)).toBe(`<!-- copygate:report -->
## copygate: fail · risk medium

### Rule changes

- policies/claims/claims_v14.yaml changed: risk high, review by legal

| Campaign       | Freshness | Drafts current | Verdict                               | Risk | Reviewers required |
| -------------- | --------- | -------------- | ------------------------------------- | ---- | ------------------ |
| paid-search-q4 | stop      | no             | not checked (already failing on main) | —    | —                  |

### Already failing on \`main\` (1)

These problems exist on \`main\` too: they are shown for information and do not fail this pull request.

**Campaign \`paid-search-q4\`**

- ⛔ \`campaigns/paid-search-q4/drafts.json:1\` drafts not current: campaigns/paid-search-q4/drafts.json does not exist.

### Campaign \`paid-search-q4\`

- Freshness: audience_segment: 30 h old, limit 24 h (stop)
- Drafts: prompt paid_search_ads v3 changed since generation. Regenerate with \`copygate generate campaigns/paid-search-q4\`.

<sub>copygate 0.1.0</sub>

<sub>Full report in the job summary. Head 0123456.</sub>
`);
  });

  it("shows the marker, summary tables, each campaign's checkpoint and drafts, and each workflow's comparison", () => {
    expect(buildComment(exampleReport())).toBe(FULL_COMMENT);
  });

  it("drops the draft previews first when the full body passes the limit", () => {
    const body = buildComment(exampleReport(), { limit: FULL_COMMENT.length - 1 });
    expect(body).not.toContain("Drafts preview");
    expect(body).toContain("<details><summary>Approval checkpoint</summary>");
    expect(body).toContain("### Workflow `trial_expiration_email`");
    expect(body).toContain("Shortened to fit one comment.");
  });

  it("drops the per-campaign details next, keeping the workflow comparison", () => {
    const withoutPreviews = buildComment(exampleReport(), { limit: FULL_COMMENT.length - 1 });
    const body = buildComment(exampleReport(), { limit: withoutPreviews.length - 1 });
    expect(body).not.toContain("### Campaign");
    expect(body).toContain("| JSON validity | 1.000 | 0.990 |");
  });

  it("keeps only the summary tables when the comparisons do not fit either", () => {
    expect(buildComment(exampleReport(), { limit: TABLES_ONLY.length })).toBe(TABLES_ONLY);
  });

  it("falls back to a pointer to the job summary when even the tables do not fit", () => {
    expect(buildComment(exampleReport(), { limit: TABLES_ONLY.length - 1 })).toBe(POINTER_ONLY);
  });

  it("never exceeds the limit, however large the report", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 12; round++) {
      const report = hugeReport(Math.floor(random() * 3000), Math.floor(random() * 200_000), random);
      for (const limit of [65_536, 10_000, 500, 120, 30, 0]) {
        expect(buildComment(report, { limit }).length).toBeLessThanOrEqual(limit);
      }
    }
  });

  it("quotes a multi-line email body line by line, so reviewers read it as the recipient will", () => {
    const report = exampleReport();
    report.campaigns[0]!.previews[0]!.content = { subject_lines: ["Keep your dashboards"], email_body: "Hi there,\n\nKeep <everything>.\n\n[Upgrade to Team]" };
    expect(buildComment(report)).toContain(`**personalized:admin** (412 recipients, model)

- subject_lines: Keep your dashboards
- email_body:

  > Hi there,
  >
  > Keep &lt;everything&gt;.
  >
  > [Upgrade to Team]

</details>`);
  });

  it("keeps model output from opening HTML or closing the details block", () => {
    const report = exampleReport();
    report.campaigns[0]!.previews[0]!.content = { email_body: "</details><script>x</script> & more" };
    expect(buildComment(report)).toContain("- email_body: &lt;/details&gt;&lt;script&gt;x&lt;/script&gt; &amp; more");
  });

  it("escapes pipes in table cells so a reviewer group name cannot break the table", () => {
    const report = exampleReport();
    report.campaigns[0]!.requiredReviewers = ["brand|legal"];
    expect(buildComment(report)).toMatch(/\| brand\\\|legal +\|\n/);
  });
});

function hugeReport(campaignCount: number, comparisonSize: number, random: () => number): GateReport {
  const base = exampleReport();
  const template = base.campaigns[0]!;
  const campaigns: CampaignGate[] = Array.from({ length: campaignCount }, (_, i) => ({
    ...template,
    campaign: `campaign-${i}-${"x".repeat(Math.floor(random() * 40))}`,
    previews: [{ ...template.previews[0]!, content: { email_body: "é🙂".repeat(Math.floor(random() * 500)) } }],
  }));
  const workflows = [{ ...base.workflows[0]!, comparison: "| a | b |\n".repeat(Math.ceil(comparisonSize / 10)) }];
  return { ...base, campaigns, workflows, notes: campaignCount % 2 ? ["Model calls skipped: pull request from a fork."] : [] };
}
