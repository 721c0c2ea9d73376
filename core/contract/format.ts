import { markdownTable } from "markdown-table";
import type { FreshnessReport } from "../model/index.ts";
import { orderedVerdict } from "./freshness/index.ts";
import type { RunClock } from "./clock.ts";
import { DEMO_CLOCK_FILE } from "./clock.ts";

/** "2026-11-20T08:30:00Z": whole seconds are all a freshness verdict needs. */
function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function describeClock(clock: RunClock): string {
  const at = isoSeconds(clock.now);
  if (clock.kind === "demo") return `${at} (demo clock from ${DEMO_CLOCK_FILE}: the embedded snapshots are fresh against it; pass --now to use another time)`;
  if (clock.kind === "given") return `${at} (given with --now)`;
  return `${at} (real clock)`;
}

/**
 * The verdict in the issue's shape: workflow, run_id, required_inputs {source, max_age_hours,
 * actual_age_hours, status}, decision — in that order — then the extras (notes, clock, details).
 */
export function freshnessJson(report: FreshnessReport, clock: RunClock): Record<string, unknown> {
  const inputs: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(report.required_inputs)) inputs[name] = orderedVerdict(v);
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

/** The decision as a sentence; the JSON keeps the identifier. */
export const FRESHNESS_DECISION_TEXT: Record<FreshnessReport["decision"], string> = {
  proceed: "proceed: every input is fresh enough",
  proceed_with_generic_variant: "proceed, with the generic variant where personal data is stale",
  route_to_review: "proceed, and route the drafts to a reviewer",
  stop_before_generation: "stop before generation: no model is called",
};

/** An age as people say it: "45 minutes", "3 hours", "66 days". */
export function humanAge(hours: number | null): string {
  if (hours === null) return "-";
  if (hours < 1) return plural(Math.round(hours * 60), "minute");
  if (hours < 48) return plural(Math.round(hours), "hour");
  return plural(Math.round(hours / 24), "day");
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/** The human view: a header, one table row per input, the notes, the decision. */
export function formatFreshnessReport(report: FreshnessReport, clock: RunClock): string {
  const rows = Object.entries(report.required_inputs).map(([name, v]) => [
    name,
    v.source,
    humanAge(v.max_age_hours),
    humanAge(v.actual_age_hours),
    v.status,
    v.on_failure.replaceAll("_", " "),
  ]);
  const table = markdownTable([["Input", "Source", "Max age", "Age", "Status", "On failure"], ...rows], {
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
    `${notes}Decision: ${FRESHNESS_DECISION_TEXT[report.decision]}`,
    "",
  ].join("\n");
}
