import type { FreshnessReport } from "../model/index.ts";
import type { RunClock } from "./clock.ts";
export declare function describeClock(clock: RunClock): string;
/**
 * The verdict in the shape: workflow, run_id, required_inputs {source, max_age_hours,
 * actual_age_hours, status}, decision — in that order — then the extras (notes, clock, details).
 */
export declare function freshnessJson(report: FreshnessReport, clock: RunClock): Record<string, unknown>;
/** The human view: a header, one table row per input, the notes, the decision. */
export declare function formatFreshnessReport(report: FreshnessReport, clock: RunClock): string;
