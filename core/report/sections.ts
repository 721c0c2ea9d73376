/** Per-campaign and per-workflow sections of the report: the parts that degrade first. */
import { markdownTable } from "markdown-table";
import type { ApprovalCheckpoint } from "../model/index.ts";
import { cell } from "./tables.ts";
import type { CampaignGate, DraftPreview, RuleChange, WorkflowGate } from "./types.ts";

/** A workflow's suite comparison is shown up to this many characters; the rest is in the job summary. */
export const COMPARISON_BUDGET = 20_000;

/** Model output is untrusted text: keep it from opening HTML or closing our <details>. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function campaignSection(gate: CampaignGate, options: { previews: boolean }): string {
  const parts = [`### Campaign \`${gate.campaign}\``];
  const bullets = [...gate.freshnessNotes.map((n) => `Freshness: ${n}`), ...(gate.drafts?.reasons ?? []).map((r) => `Drafts: ${r}`), ...gate.notes];
  if (bullets.length) parts.push(bullets.map((b) => `- ${escapeHtml(b)}`).join("\n"));
  if (gate.checkpoint) parts.push(details("Approval checkpoint", checkpointTable(gate.checkpoint)));
  if (options.previews && gate.previews.length) {
    const count = gate.previews.length;
    parts.push(details(`Drafts preview (${count} ${count === 1 ? "variant" : "variants"})`, gate.previews.map(previewBlock).join("\n\n")));
  }
  return parts.join("\n\n");
}

export function checkpointTable(checkpoint: ApprovalCheckpoint): string {
  const rows: [string, string][] = [
    ["Workflow", checkpoint.workflow],
    ["Run", checkpoint.run_id],
    ["Prompt version", checkpoint.prompt_version],
    ["Audience", checkpoint.audience],
    ["Risk level", checkpoint.risk_level],
    ["Verdict", checkpoint.verdict],
    ["Required reviewers", checkpoint.required_reviewers.join(", ") || "—"],
    ["Decision", checkpoint.decision],
  ];
  return markdownTable([["Field", "Value"], ...rows.map(([k, v]) => [k, cell(v)])]);
}

function previewBlock(preview: DraftPreview): string {
  const origin = preview.source === "model" ? "model" : "fallback template";
  const lines = [`**${escapeHtml(preview.audience)}** (${preview.recipients} recipients, ${origin})`, ""];
  for (const [field, value] of Object.entries(preview.content)) {
    // A multi-line field (an email body) is shown as the reader will see it, quoted line by line.
    if (typeof value === "string" && value.includes("\n")) lines.push(`- ${field}:`, "", quoted(value), "");
    else lines.push(`- ${field}: ${escapeHtml(previewValue(value))}`);
  }
  return lines.join("\n").trimEnd();
}

function quoted(text: string): string {
  return text
    .trim()
    .split("\n")
    .map((line) => (line.trim() ? `  > ${escapeHtml(line.trimEnd())}` : "  >"))
    .join("\n");
}

function previewValue(value: unknown): string {
  if (Array.isArray(value)) return value.length ? value.map((v) => previewValue(v)).join(" · ") : "none";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

export function workflowSection(gate: WorkflowGate, budget = COMPARISON_BUDGET): string {
  const parts = [`### Workflow \`${gate.workflow}\`: ${gate.candidate} against ${gate.baseline}`];
  if (gate.comparison.trim()) parts.push(withinBudget(gate.comparison.trim(), budget));
  if (gate.notes.length) parts.push(gate.notes.map((n) => `- ${escapeHtml(n)}`).join("\n"));
  return parts.join("\n\n");
}

/** Cuts the suite's markdown at a line boundary so a table row is never split. */
export function withinBudget(markdown: string, budget: number): string {
  if (markdown.length <= budget) return markdown;
  const note = "\n\n_Comparison shortened: the full comparison is in the job summary._";
  const room = Math.max(0, budget - note.length);
  const cut = markdown.lastIndexOf("\n", room);
  return `${markdown.slice(0, cut > 0 ? cut : room)}${note}`;
}

/** "### Rule changes" — each change to the rules, its risk and who must review it. */
export function ruleChangesSection(changes: RuleChange[]): string {
  const lines = changes.map((c) => `- ${escapeHtml(c.reason)}: risk ${c.risk}${c.reviewers.length ? `, review by ${c.reviewers.join(", ")}` : ""}`);
  return `### Rule changes\n\n${lines.join("\n")}`;
}
