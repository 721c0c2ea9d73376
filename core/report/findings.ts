/**
 * The findings as reviewers read them in the comment and the check run: grouped by the campaign
 * or workflow they belong to, most severe first, each with its place (file:line), what is wrong
 * and what to do (the finding's message ends with the fix). Beyond the budget, a count points to
 * the job summary, which lists them all.
 */
import { escapeHtml } from "./sections.ts";
import type { Finding } from "./types.ts";

const SEVERITY: Record<Finding["level"], number> = { failure: 0, warning: 1, notice: 2 };
const ICON: Record<Finding["level"], string> = { failure: "⛔", warning: "⚠️", notice: "ℹ️" };

export interface FindingGroup {
  /** "Campaign `trial-expiration-3d`", "Workflow `trial_expiration_email`", "Policies", … */
  title: string;
  findings: Finding[];
}

/** The group a finding belongs to, from its repository path (any copygate root prefix allowed). */
export function groupTitle(path: string): string {
  const campaign = /(?:^|\/)campaigns\/([^/]+)\//.exec(path);
  if (campaign) return `Campaign \`${campaign[1]}\``;
  const workflow = /(?:^|\/)prompts\/([^/]+)\//.exec(path);
  if (workflow) return `Workflow \`${workflow[1]}\``;
  const dataset = /(?:^|\/)datasets\/(?!snapshots\/)([^/]+)\//.exec(path);
  if (dataset) return `Workflow \`${dataset[1]}\``;
  if (/(?:^|\/)policies\//.test(path)) return "Policies";
  if (/(?:^|\/)sources\//.test(path)) return "Sources";
  return "Other files";
}

/** Groups ordered by their most severe finding (then by name); findings within, most severe first. */
export function groupFindings(findings: Finding[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const title = groupTitle(finding.path);
    groups.set(title, [...(groups.get(title) ?? []), finding]);
  }
  const worst = (list: Finding[]) => Math.min(...list.map((f) => SEVERITY[f.level]));
  return [...groups.entries()]
    .map(([title, list]) => ({ title, findings: [...list].sort((a, b) => SEVERITY[a.level] - SEVERITY[b.level]) }))
    .sort((a, b) => worst(a.findings) - worst(b.findings) || a.title.localeCompare(b.title));
}

/** "- ⛔ `campaigns/x/campaign.yaml:8` invalid file: unknown field … — did you mean …?" */
export function findingLine(finding: Finding): string {
  const line = Math.max(1, finding.line);
  return `- ${ICON[finding.level]} \`${finding.path}:${line}\` ${escapeHtml(finding.title)}: ${escapeHtml(finding.message)}`;
}

/**
 * The "### Findings" section with at most `max` findings; the rest counted, pointing at the job
 * summary. `heading` lets the already-failing list reuse the layout.
 */
export function findingsList(findings: Finding[], max: number, heading = `### Findings (${findings.length})`): string {
  if (findings.length === 0) return "";
  const parts = [heading];
  let shown = 0;
  for (const group of groupFindings(findings)) {
    if (shown >= max) break;
    const lines = group.findings.slice(0, max - shown).map(findingLine);
    shown += lines.length;
    parts.push(`**${group.title}**\n\n${lines.join("\n")}`);
  }
  if (shown < findings.length) parts.push(`…and ${findings.length - shown} more in the job summary.`);
  return parts.join("\n\n");
}

/** Failures the base branch has too: listed apart, so nobody thinks this pull request caused them. */
export function existingList(existing: Finding[], base: string, max: number): string {
  if (existing.length === 0) return "";
  const heading = `### Already failing on \`${base}\` (${existing.length})\n\nThese problems exist on \`${base}\` too: they are shown for information and do not fail this pull request.`;
  return findingsList(existing, max, heading);
}
