/** One entry point for every output format; all are made from the results alone. */
import { InputError } from "../errors.ts";
import { formatJson } from "./format-json.ts";
import { formatJunit } from "./format-junit.ts";
import { formatMarkdown } from "./format-markdown.ts";
import { formatText } from "./format-text.ts";
import { buildReport } from "./report.ts";
import type { SuiteResults } from "./types.ts";

export type ReportFormat = "text" | "markdown" | "json" | "junit";
export const REPORT_FORMATS: readonly ReportFormat[] = ["text", "markdown", "json", "junit"];

export function parseFormat(text: string): ReportFormat {
  if ((REPORT_FORMATS as readonly string[]).includes(text)) return text as ReportFormat;
  throw new InputError(`unknown --format "${text}"`, { field: "--format", hint: `use one of ${REPORT_FORMATS.join(", ")}` });
}

export function formatResults(results: SuiteResults, format: ReportFormat, options: { maxChars?: number } = {}): string {
  if (format === "junit") return formatJunit(results);
  const report = buildReport(results);
  if (format === "markdown") return formatMarkdown(report, options.maxChars);
  if (format === "json") return formatJson(report);
  return formatText(report);
}
