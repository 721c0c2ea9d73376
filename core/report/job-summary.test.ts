import { describe, expect, it } from "vitest";
import { exampleReport } from "./example.fixture.ts";
import { buildJobSummary, truncateBytes } from "./job-summary.ts";
import type { Finding } from "./types.ts";

describe("the job summary", () => {
  it("holds the full report without the comment marker, and every finding in a table", () => {
    const summary = buildJobSummary(exampleReport());
    expect(summary.startsWith("## copygate: fail · risk medium\n\n| Campaign ")).toBe(true);
    expect(summary).toContain("<details><summary>Drafts preview (1 variant)</summary>");
    expect(summary).not.toContain("Full report in the job summary");
    expect(summary.endsWith(`1 finding annotated on the changed files.

### Findings

| Where                                     | Level   | Check     | Message                                                      |
| ----------------------------------------- | ------- | --------- | ------------------------------------------------------------ |
| campaigns/paid-search-q4/campaign.yaml:12 | failure | freshness | audience_segment is 30 h old (limit 24 h): generation stops. |
`)).toBe(true);
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
