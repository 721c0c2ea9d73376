/** The shadow report as markdown: one table per audience, sent copy and candidate side by side. */
import { markdownTable } from "markdown-table";
import { escapeHtml } from "../report/sections.ts";
import { cell } from "../report/tables.ts";
import { copyFields, fieldLength, type ShadowComparison, type ShadowPair, type ShadowSide } from "./shadow.ts";

export function shadowMarkdown(report: ShadowComparison): string {
  const parts = [
    `## Shadow: \`${report.campaign}\` — candidate v${report.candidate} beside the copy sent with production v${report.production}`,
    `Nothing was published. Sent copy from ${report.origin}; the candidate's drafts from ${report.generatedBy}. Both sides ran the campaign's checks (the output schema applies to model output only and is left out).`,
    ...report.pairs.map((pair) => pairSection(pair, report.candidate)),
  ];
  return `${parts.join("\n\n")}\n`;
}

function pairSection(pair: ShadowPair, candidate: number): string {
  const column = (side: ShadowSide | null, f: (s: ShadowSide) => string) => (side ? f(side) : "— (none)");
  const row = (label: string, f: (s: ShadowSide) => string) => [label, column(pair.sent, f), column(pair.candidate, f)].map(cell);
  const rows = [
    row("Verdict", (s) => s.report.verdict),
    row("Checks not passing", notPassing),
    row("Approved claims quoted", (s) => s.claims.join(", ") || "none"),
    ...copyFields(pair).map((field) => row(`Length: ${field}`, (s) => fieldLength(s.content[field]))),
    row("First subject line", (s) => escapeHtml(firstLine(s.content.subject_lines ?? s.content.subject_line ?? s.content.subject))),
    row("Preview text", (s) => escapeHtml(firstLine(s.content.preview_text))),
  ];
  const heading = `### Audience \`${pair.audience}\`${pair.sentAudience ? ` (sent: the \`${pair.sentAudience}\` copy)` : ""}`;
  return [heading, markdownTable([["", "Sent", `Candidate v${candidate}`], ...rows])].join("\n\n");
}

function notPassing(side: ShadowSide): string {
  const open = side.report.checks.filter((c) => c.status === "fail" || c.status === "warn");
  return open.length ? open.map((c) => `${c.label}: ${c.status} — ${escapeHtml(c.message)}`).join("; ") : "—";
}

function firstLine(value: unknown): string {
  const text = Array.isArray(value) ? value.find((v) => typeof v === "string") : value;
  return typeof text === "string" ? text : "—";
}
