import type { FailureBehaviour } from "./campaign.ts";
export type FreshnessStatus = "pass" | "warn" | "error" | "runtime_error";
export interface InputVerdict {
    source: string;
    max_age_hours: number | null;
    actual_age_hours: number | null;
    status: FreshnessStatus;
    on_failure: FailureBehaviour;
    message?: string;
    /** For per-recipient inputs: how many recipients' rows are stale. */
    stale_recipients?: number;
    /** For policies: the version pinned and the latest approved. */
    version?: string;
    latest_version?: string;
}
export type FreshnessDecision = "proceed" | "proceed_with_generic_variant" | "route_to_review" | "stop_before_generation";
export interface FreshnessReport {
    workflow: string;
    campaign: string;
    run_id: string;
    checked_at: string;
    required_inputs: Record<string, InputVerdict>;
    decision: FreshnessDecision;
    notes: string[];
}
