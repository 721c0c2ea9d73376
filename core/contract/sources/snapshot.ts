import { contentHash } from "../../hash.ts";
import type { SourceSnapshot } from "../../model/index.ts";
import type { SourceRow } from "./types.ts";

/** max(loaded_at_field) over the rows, as dbt computes source freshness; rows without a valid time are skipped. */
export function maxLoadedAt(rows: SourceRow[], loadedAtField: string): string | null {
  let newest = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    const time = toEpochMs(row[loadedAtField]);
    if (time !== null && time > newest) newest = time;
  }
  return Number.isFinite(newest) ? new Date(newest).toISOString() : null;
}

export function toEpochMs(value: unknown): number | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
  if (typeof value !== "string" || value.trim() === "") return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
}

export function toSnapshot(source: string, rows: SourceRow[], definition: { loaded_at_field: string; key?: string; columns?: SourceSnapshot["columns"] }): SourceSnapshot {
  const snapshot: SourceSnapshot = {
    source,
    rows,
    max_loaded_at: maxLoadedAt(rows, definition.loaded_at_field),
    snapshot_hash: contentHash(rows),
    loaded_at_field: definition.loaded_at_field,
  };
  if (definition.key) snapshot.key = definition.key;
  if (definition.columns) snapshot.columns = definition.columns;
  return snapshot;
}
