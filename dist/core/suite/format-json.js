/** The report as JSON for scripts: the same data the text shows, plus the decision sentence. */
import { describeCriterion } from "./decision.js";
import { decisionHeadline } from "./format-text.js";
export function formatJson(report) {
    return `${JSON.stringify({ ...report, decision: { ...report.decision, text: decisionHeadline(report) }, criteria: report.criteria.map((c) => ({ ...c, text: describeCriterion(c) })) }, null, 2)}\n`;
}
