/**
 * The sticky pull-request comment. It must stay under GitHub's limit, so it is built at the
 * richest level that fits: everything → without draft previews → without per-campaign details →
 * without workflow comparisons → a one-line pointer to the job summary.
 */
import { COMMENT_LIMIT, REPORT_MARKER } from "./marker.ts";
import { existingList, findingsList } from "./findings.ts";
import { campaignSection, escapeHtml, ruleChangesSection, workflowSection } from "./sections.ts";
import { campaignTable, workflowTable } from "./tables.ts";
import type { GateReport } from "./types.ts";

export interface CommentOptions {
  /** Maximum characters of the body (GitHub: 65,536). */
  limit?: number;
}

/** What a level of detail keeps; each later level keeps less. */
interface Detail {
  previews: boolean;
  campaignDetails: boolean;
  workflowSections: boolean;
  tables: boolean;
  /** How many findings the comment lists (the job summary lists them all in its table). */
  findings: number;
}

const LEVELS: Detail[] = [
  { previews: true, campaignDetails: true, workflowSections: true, tables: true, findings: 50 },
  { previews: false, campaignDetails: true, workflowSections: true, tables: true, findings: 50 },
  { previews: false, campaignDetails: false, workflowSections: true, tables: true, findings: 30 },
  { previews: false, campaignDetails: false, workflowSections: false, tables: true, findings: 20 },
  { previews: false, campaignDetails: false, workflowSections: false, tables: false, findings: 10 },
];

export const JOB_SUMMARY_POINTER = "Full report in the job summary.";

export function buildComment(report: GateReport, options: CommentOptions = {}): string {
  const limit = options.limit ?? COMMENT_LIMIT;
  const body = richestThatFits(report, (text) => text.length <= limit, { pointer: true });
  // Only a limit smaller than the heading and its notes gets here: never exceed it anyway.
  return body ?? `${REPORT_MARKER}\n${heading(report)}\n\n${JOB_SUMMARY_POINTER}\n`.slice(0, limit);
}

/** Renders level by level and returns the first body that `fits`, or null when none does. */
export function richestThatFits(report: GateReport, fits: (text: string) => boolean, options: { pointer: boolean }): string | null {
  for (const level of LEVELS) {
    const body = render(report, level, options);
    if (fits(body)) return body;
  }
  return null;
}

export function heading(report: GateReport): string {
  const risk = report.risk ? ` · risk ${report.risk}` : "";
  return `## copygate: ${report.decision}${risk}`;
}

function render(report: GateReport, level: Detail, options: { pointer: boolean }): string {
  const base = report.base ?? "the base branch";
  const parts = [`${REPORT_MARKER}\n${heading(report)}`];
  if (report.notes.length) parts.push(report.notes.map((n) => `> ${n}`).join("\n>\n"));
  if (report.ruleChanges?.length) parts.push(ruleChangesSection(report.ruleChanges));
  if (level.tables && report.campaigns.length) parts.push(campaignTable(report.campaigns, base));
  if (level.tables && report.workflows.length) parts.push(workflowTable(report.workflows));
  // The job summary lists every finding in its own table after the body.
  if (options.pointer) parts.push(findingsList(report.findings, level.findings));
  parts.push(existingList(report.existing ?? [], base, options.pointer ? level.findings : Infinity));
  // A stage move's evidence is the reason for its verdict: kept at every level that shows tables.
  if (level.tables) parts.push(...(report.rollout ?? []));
  if (level.campaignDetails) {
    for (const c of report.campaigns) parts.push(campaignSection(c, { previews: level.previews }));
  }
  if (level.workflowSections) {
    for (const w of report.workflows) parts.push(workflowSection(w));
  }
  if (report.provenance?.length) parts.push(`<sub>${report.provenance.map(escapeHtml).join("<br>")}</sub>`);
  const trimmed = level !== LEVELS[0];
  if (options.pointer) parts.push(footer(report, trimmed));
  return parts.filter((p) => p !== "").join("\n\n") + "\n";
}

function footer(report: GateReport, trimmed: boolean): string {
  const sha = report.headSha.slice(0, 7);
  const shortened = trimmed ? "Shortened to fit one comment. " : "";
  return `<sub>${shortened}${JOB_SUMMARY_POINTER} Head ${sha}.</sub>`;
}
