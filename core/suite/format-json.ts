/** The report as JSON for scripts: the same data the text shows, plus the decision sentence. */
import { decisionText } from "./format-text.ts";
import type { SuiteReport } from "./report.ts";

export function formatJson(report: SuiteReport): string {
  return `${JSON.stringify({ ...report, decision: { ...report.decision, text: decisionText(report) } }, null, 2)}\n`;
}
