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

1 finding annotated on the changed files.

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

1 finding annotated on the changed files.

<sub>Shortened to fit one comment. Full report in the job summary. Head 0123456.</sub>
`;

const POINTER_ONLY = `<!-- copygate:report -->
## copygate: fail · risk medium

1 finding annotated on the changed files.

<sub>Shortened to fit one comment. Full report in the job summary. Head 0123456.</sub>
`;

describe("the sticky PR comment", () => {
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
