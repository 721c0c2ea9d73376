/** One entry point for every output format; all are made from the results alone. */
import { InputError } from "../errors.js";
import { formatJson } from "./format-json.js";
import { formatJunit } from "./format-junit.js";
import { formatMarkdown } from "./format-markdown.js";
import { formatText } from "./format-text.js";
import { buildReport } from "./report.js";
export const REPORT_FORMATS = ["text", "markdown", "json", "junit"];
export function parseFormat(text) {
    if (REPORT_FORMATS.includes(text))
        return text;
    throw new InputError(`unknown --format "${text}"`, { field: "--format", hint: `use one of ${REPORT_FORMATS.join(", ")}` });
}
export function formatResults(results, format, options = {}) {
    if (format === "junit")
        return formatJunit(results);
    const report = buildReport(results);
    if (format === "markdown")
        return formatMarkdown(report, options.maxChars);
    if (format === "json")
        return formatJson(report);
    return formatText(report);
}
