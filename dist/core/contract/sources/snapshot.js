import { contentHash } from "../../hash.js";
/** max(loaded_at_field) over the rows, as dbt computes source freshness; rows without a valid time are skipped. */
export function maxLoadedAt(rows, loadedAtField) {
    let newest = Number.NEGATIVE_INFINITY;
    for (const row of rows) {
        const time = toEpochMs(row[loadedAtField]);
        if (time !== null && time > newest)
            newest = time;
    }
    return Number.isFinite(newest) ? new Date(newest).toISOString() : null;
}
export function toEpochMs(value) {
    if (value instanceof Date)
        return Number.isNaN(value.getTime()) ? null : value.getTime();
    if (typeof value !== "string" || value.trim() === "")
        return null;
    const time = Date.parse(value);
    return Number.isNaN(time) ? null : time;
}
export function toSnapshot(source, rows, definition) {
    const snapshot = {
        source,
        rows,
        max_loaded_at: maxLoadedAt(rows, definition.loaded_at_field),
        snapshot_hash: contentHash(rows),
        loaded_at_field: definition.loaded_at_field,
    };
    if (definition.key)
        snapshot.key = definition.key;
    return snapshot;
}
