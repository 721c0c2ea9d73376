import type { Campaign, FreshnessReport, SourceSnapshot } from "../../model/index.ts";
import type { SourceOptions } from "../sources/index.ts";
export interface FreshnessCheck {
    root: string;
    campaign: Campaign;
    now: Date;
    runId: string;
    /** Environment, fetch and timeouts for network sources. */
    sources?: SourceOptions;
}
/**
 * The data contract, before any model call: every input read and aged, every failure behaviour
 * applied, one decision. The report carries counts and ages only, never a recipient.
 */
export declare function checkFreshness(check: FreshnessCheck): Promise<{
    report: FreshnessReport;
    snapshots: Record<string, SourceSnapshot>;
}>;
