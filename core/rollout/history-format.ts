/** A workflow's prompt-version history as text, markdown with a Mermaid chart, and HTML with SVG charts. */
import { markdownTable } from "markdown-table";
import { escapeHtml } from "../report/sections.ts";
import { cell } from "../report/tables.ts";
import { wilsonInterval } from "../suite/index.ts";
import { percent } from "./format.ts";
import type { VersionRecord, WorkflowHistory } from "./history.ts";
import type { CountColumn } from "./metrics.ts";

const HEADER = ["Version", "Released", "Status", "Note", "Evals (pass rate)", "Drafts checked", "Sends", "Upgrade rate (95 % Wilson)", "Unsubscribe rate", "Click rate"];

/** A business rate of one version: its value and Wilson interval, or null when nothing was delivered. */
export function versionRate(record: VersionRecord, numerator: CountColumn, denominator: CountColumn = "delivered") {
  const b = record.business;
  if (!b || b[denominator] === 0) return null;
  return { rate: b[numerator] / b[denominator], ...wilsonInterval(b[numerator], b[denominator]) };
}

function rateText(record: VersionRecord, numerator: CountColumn): string {
  const r = versionRate(record, numerator);
  return r ? `${percent(r.rate)} (${percent(r.low)} to ${percent(r.high)})` : "—";
}

function row(record: VersionRecord): string[] {
  const evals = record.evals ? record.evals.metrics.map((m) => `${m.label} ${m.total ? ((100 * m.pass) / m.total).toFixed(1) : "—"} %`).join("; ") + (record.evals.decision ? ` (${record.evals.decision})` : "") : "—";
  const drafts = record.drafts.length ? record.drafts.map((d) => `${d.campaign}: ${d.pass} pass, ${d.review} review, ${d.fail} fail`).join("; ") : "—";
  return [
    record.production ? `**v${record.version}** (production)` : `v${record.version}`,
    record.date ?? "—",
    record.status ?? "not in releases.yaml",
    record.note ?? "—",
    evals,
    drafts,
    record.business ? record.business.sends.toLocaleString("en-US") : "—",
    rateText(record, "upgrades"),
    rateText(record, "unsubscribes"),
    rateText(record, "clicks"),
  ].map(cell);
}

export function historyMarkdown(history: WorkflowHistory): string {
  const parts = [`## Prompt versions of \`${history.workflow}\` — production v${history.production}`, markdownTable([HEADER, ...history.versions.map(row)])];
  const chart = mermaidChart(history);
  if (chart) parts.push(chart);
  if (history.notes.length) parts.push(history.notes.map((n) => `- ${escapeHtml(n)}`).join("\n"));
  return `${parts.join("\n\n")}\n`;
}

/** GitHub renders Mermaid in comments and markdown files: upgrade rate per version that sent anything. */
export function mermaidChart(history: WorkflowHistory): string | null {
  const sent = history.versions.map((v) => ({ v, r: versionRate(v, "upgrades") })).filter((x) => x.r !== null);
  if (!sent.length) return null;
  const top = Math.max(...sent.map((x) => x.r!.high * 100));
  return [
    "```mermaid",
    "xychart-beta",
    `  title "Upgrade rate by prompt version (%)"`,
    `  x-axis [${sent.map((x) => `"v${x.v.version}${x.v.production ? " (production)" : ""}"`).join(", ")}]`,
    `  y-axis "upgrade rate (%)" 0 --> ${Math.ceil(top)}`,
    `  bar [${sent.map((x) => (x.r!.rate * 100).toFixed(2)).join(", ")}]`,
    "```",
  ].join("\n");
}

export function historyText(history: WorkflowHistory): string {
  const lines = [`Prompt versions of ${history.workflow} (production v${history.production})`, ""];
  for (const record of history.versions) {
    const [, released, status, note, evals, drafts, sends, upgrade, unsubscribe, click] = row(record).map((c) => c.replace(/\\\|/g, "|"));
    lines.push(`v${record.version}${record.production ? " (production)" : ""} · ${released} · ${status} · ${note}`);
    lines.push(`  evals: ${evals}`, `  drafts: ${drafts}`, `  sends ${sends} · upgrade ${upgrade} · unsubscribe ${unsubscribe} · click ${click}`);
  }
  for (const note of history.notes) lines.push(`note: ${note}`);
  return `${lines.join("\n")}\n`;
}
