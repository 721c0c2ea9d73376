import { markdownTable } from "markdown-table";
import { orderedVerdict } from "./freshness/index.js";
import { DEMO_CLOCK_FILE } from "./clock.js";
/** "2026-11-20T08:30:00Z": whole seconds are all a freshness verdict needs. */
function isoSeconds(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
export function describeClock(clock) {
    const at = isoSeconds(clock.now);
    if (clock.kind === "demo")
        return `${at} (demo clock from ${DEMO_CLOCK_FILE}: the embedded snapshots are fresh against it; pass --now to use another time)`;
    if (clock.kind === "given")
        return `${at} (given with --now)`;
    return `${at} (real clock)`;
}
/**
 * The verdict in the issue's shape: workflow, run_id, required_inputs {source, max_age_hours,
 * actual_age_hours, status}, decision — in that order — then the extras (notes, clock, details).
 */
export function freshnessJson(report, clock) {
    const inputs = {};
    for (const [name, v] of Object.entries(report.required_inputs))
        inputs[name] = orderedVerdict(v);
    return {
        workflow: report.workflow,
        run_id: report.run_id,
        required_inputs: inputs,
        decision: report.decision,
        campaign: report.campaign,
        notes: report.notes,
        clock: { now: isoSeconds(clock.now), kind: clock.kind, ...(clock.kind === "demo" ? { file: DEMO_CLOCK_FILE } : {}) },
    };
}
/** The human view: a header, one table row per input, the notes, the decision. */
export function formatFreshnessReport(report, clock) {
    const hours = (h) => (h === null ? "-" : String(h));
    const rows = Object.entries(report.required_inputs).map(([name, v]) => [
        name,
        v.source,
        hours(v.max_age_hours),
        hours(v.actual_age_hours),
        v.status,
        v.on_failure,
    ]);
    const table = markdownTable([["Input", "Source", "Max age (h)", "Actual age (h)", "Status", "On failure"], ...rows], {
        align: ["l", "l", "r", "r", "l", "l"],
    });
    const notes = report.notes.length > 0 ? `Notes:\n${report.notes.map((n) => `- ${n}`).join("\n")}\n\n` : "";
    return [
        `Freshness: ${report.workflow} (campaign ${report.campaign})`,
        `Run ID: ${report.run_id}`,
        `Clock: ${describeClock(clock)}`,
        "",
        table,
        "",
        `${notes}Decision: ${report.decision}`,
        "",
    ].join("\n");
}
