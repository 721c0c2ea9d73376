import type { ColumnType } from "../../model/index.ts";
import type { SourceRow } from "../sources/index.ts";

/**
 * "median 6 dashboards created, 41 queries run, 2 teammates invited": the medians of the count
 * columns the source declares, each under its declared label. Medians, not means, so one power
 * user does not speak for the cohort. Column names never reach a prompt (a CSV header can say
 * anything, "Ignore previous rules" included): an undeclared column says nothing, and a source
 * that declares no columns gives no summary.
 */
export function usageSummary(rows: SourceRow[], columns: Record<string, ColumnType> | undefined): string | undefined {
  if (rows.length === 0 || !columns) return undefined;
  const parts: string[] = [];
  for (const [column, type] of Object.entries(columns)) {
    if (type.type !== "count" || !(column in rows[0]!)) continue;
    const values = rows.map((row) => toNumber(row[column]));
    // Not a count in every row (a gap, text, a negative or an impossible number): say nothing rather than guess.
    if (values.some((v) => v === null || v < 0 || (type.max !== undefined && v > type.max))) continue;
    const middle = median(values as number[]);
    parts.push(`${formatNumber(middle)} ${middle === 1 ? (type.label_one ?? type.label) : type.label}`);
  }
  return parts.length > 0 ? `median ${parts.join(", ")}` : undefined;
}

function toNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" && value.trim() !== "") {
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 10) / 10);
}
