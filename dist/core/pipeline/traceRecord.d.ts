import type { ModelSettings } from "../generate/index.ts";
import type { DraftsFile, EvalReport, FreshnessReport, TraceRecord } from "../model/index.ts";
import type { CampaignContext } from "./context.ts";
import type { VariantOutcome } from "./variant.ts";
interface RunIds {
    context: CampaignContext;
    runId: string;
    traceId: string;
    startedAt: Date;
    freshness: FreshnessReport;
    /** Snapshot hash per source input: which version of the data the run read. */
    snapshotHashes?: Record<string, string>;
}
/** The run stopped at the data contract: no model call was made, and the trace says why. */
export declare function blockedTrace(ids: RunIds): TraceRecord;
export declare function generationTrace(ids: RunIds & {
    drafts: DraftsFile;
    report: EvalReport;
    outcomes: VariantOutcome[];
    settings: ModelSettings;
}): TraceRecord;
export {};
