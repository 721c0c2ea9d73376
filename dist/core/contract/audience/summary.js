/**
 * "median 6 dashboards created, 41 queries run, 2 teammates invited": the medians of every numeric
 * column of a cohort's usage rows (not the key, not the timestamps). Medians, not means, so one
 * power user does not speak for the cohort.
 */
export function usageSummary(rows, skip) {
    if (rows.length === 0)
        return undefined;
    const columns = Object.keys(rows[0]).filter((c) => !skip.includes(c) && !c.endsWith("_at"));
    const parts = [];
    for (const column of columns) {
        const values = rows.map((row) => toNumber(row[column]));
        if (values.some((v) => v === null))
            continue; // not a count column (or a gap): say nothing rather than guess
        const middle = median(values);
        parts.push(`${formatNumber(middle)} ${middle === 1 ? singular(column) : column.replace(/_/g, " ")}`);
    }
    return parts.length > 0 ? `median ${parts.join(", ")}` : undefined;
}
function toNumber(value) {
    if (typeof value === "number")
        return Number.isFinite(value) ? value : null;
    if (typeof value === "string" && value.trim() !== "") {
        const n = Number(value);
        return Number.isFinite(n) ? n : null;
    }
    return null;
}
export function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function formatNumber(n) {
    return Number.isInteger(n) ? String(n) : String(Math.round(n * 10) / 10);
}
/** "teammates_invited" → "teammate invited", "queries_run" → "query run": for a median of exactly 1. */
function singular(column) {
    const [noun = "", ...rest] = column.split("_");
    const one = noun.endsWith("ies") ? `${noun.slice(0, -3)}y` : noun.endsWith("s") ? noun.slice(0, -1) : noun;
    return [one, ...rest].join(" ");
}
