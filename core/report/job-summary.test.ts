import { describe, expect, it } from "vitest";
import { exampleReport } from "./example.fixture.ts";
import { buildJobSummary, truncateBytes } from "./job-summary.ts";
import type { Finding } from "./types.ts";

describe("the job summary", () => {
  it("holds the full report without the comment marker, and every finding in a table", () => {
    expect(buildJobSummary(exampleReport())).toBe(`## copygate: fail · risk medium

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

### Findings

| Where                                     | Level   | Check     | Message                                                      |
| ----------------------------------------- | ------- | --------- | ------------------------------------------------------------ |
| campaigns/paid-search-q4/campaign.yaml:12 | failure | freshness | audience_segment is 30 h old (limit 24 h): generation stops. |
`);
  });

  it("stays within the 1 MiB cap in UTF-8 bytes with thousands of findings", () => {
    const report = exampleReport();
    const finding: Finding = { path: "policies/claims/claims_v15.yaml", line: 3, level: "failure", title: "schema", message: "é🙂".repeat(200) };
    report.findings = Array.from({ length: 5000 }, (_, i) => ({ ...finding, line: i + 1 }));
    const summary = buildJobSummary(report);
    expect(Buffer.byteLength(summary, "utf8")).toBeLessThanOrEqual(1024 * 1024);
    expect(summary).toContain("5000 findings: too many to list here; see the check run's annotations.");
  });

  it("cuts text at a character boundary without passing the byte cap", () => {
    const cut = truncateBytes("🙂🙂🙂", 9);
    expect(cut).toBe("🙂🙂");
    expect(truncateBytes("abc", 10)).toBe("abc");
  });
});
