/**
 * The job summary: the full report (nothing dropped unless it passes GitHub's 1 MiB cap) plus
 * every finding, including those the step's annotation display and the comment had no room for.
 */
import { markdownTable } from "markdown-table";
import { richestThatFits } from "./comment.js";
import { JOB_SUMMARY_LIMIT_BYTES, REPORT_MARKER } from "./marker.js";
import { cell } from "./tables.js";
export function buildJobSummary(report, options = {}) {
    const limit = options.limitBytes ?? JOB_SUMMARY_LIMIT_BYTES;
    const findings = findingsSection(report.findings);
    const fits = (text) => Buffer.byteLength(text + findings, "utf8") <= limit;
    const body = richestThatFits(report, fits, { pointer: false });
    if (body !== null)
        return body.replace(`${REPORT_MARKER}\n`, "") + findings;
    const shortFindings = `\n${report.findings.length} findings: too many to list here; see the check run's annotations.\n`;
    const least = richestThatFits(report, (text) => Buffer.byteLength(text + shortFindings, "utf8") <= limit, { pointer: false });
    return truncateBytes((least ?? "").replace(`${REPORT_MARKER}\n`, "") + shortFindings, limit);
}
function findingsSection(findings) {
    if (!findings.length)
        return "";
    const rows = findings.map((f) => [`${cell(f.path)}:${f.line}`, f.level, cell(f.title), cell(f.message)]);
    return `\n### Findings\n\n${markdownTable([["Where", "Level", "Check", "Message"], ...rows])}\n`;
}
/** Cuts at a character boundary so the UTF-8 bytes never pass the cap. */
export function truncateBytes(text, limitBytes) {
    if (Buffer.byteLength(text, "utf8") <= limitBytes)
        return text;
    let cut = Math.min(text.length, limitBytes);
    while (cut > 0 && Buffer.byteLength(text.slice(0, cut), "utf8") > limitBytes)
        cut -= Math.max(1, Math.ceil((Buffer.byteLength(text.slice(0, cut), "utf8") - limitBytes) / 4));
    if (cut > 0 && /[\uD800-\uDBFF]/.test(text[cut - 1] ?? ""))
        cut -= 1;
    return text.slice(0, cut);
}
