/** The report as JSON for scripts: the same data the text shows, plus the decision sentence. */
import { describeCriterion } from "./decision.ts";
import { decisionHeadline } from "./format-text.ts";
import type { SuiteReport } from "./report.ts";

export function formatJson(report: SuiteReport): string {
  return `${JSON.stringify({ ...report, decision: { ...report.decision, text: decisionHeadline(report) }, criteria: report.criteria.map((c) => ({ ...c, text: describeCriterion(c) })) }, null, 2)}\n`;
}
