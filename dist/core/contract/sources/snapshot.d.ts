import type { SourceSnapshot } from "../../model/index.ts";
import type { SourceRow } from "./types.ts";
/** max(loaded_at_field) over the rows, as dbt computes source freshness; rows without a valid time are skipped. */
export declare function maxLoadedAt(rows: SourceRow[], loadedAtField: string): string | null;
export declare function toEpochMs(value: unknown): number | null;
export declare function toSnapshot(source: string, rows: SourceRow[], definition: {
    loaded_at_field: string;
    key?: string;
}): SourceSnapshot;
