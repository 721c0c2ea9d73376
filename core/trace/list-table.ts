/** `copygate trace list`: one row a run, newest first, in aligned plain-text columns. */
import type { TraceRecord } from "../model/trace.ts";

const HEADER = ["TRACE ID", "TIME (UTC)", "WORKFLOW", "PROMPT VERSION", "VERDICT", "PUBLISH"];

/** "2026-06-01T08:30:12.000Z" → "2026-06-01 08:30"; anything unreadable is shown as written. */
function minuteOf(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString().slice(0, 16).replace("T", " ");
}

function row(record: TraceRecord): string[] {
  return [
    record.trace_id,
    minuteOf(record.started_at),
    record.workflow,
    record.prompt_version,
    record.verdict ?? "-",
    record.publish.status,
  ];
}

export function formatTraceList(records: TraceRecord[]): string {
  if (!records.length) return "no traces in .copygate/traces — run npx copygate generate <campaign-dir> first\n";
  const rows = [HEADER, ...records.map(row)];
  const widths = HEADER.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? "").length)));
  const text = rows.map((r) => r.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join("  ").trimEnd());
  return `${text.join("\n")}\n`;
}
