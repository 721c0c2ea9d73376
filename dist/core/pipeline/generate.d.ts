import type { AudiencePartition } from "../contract/index.ts";
import type { Generator } from "../generate/index.ts";
import type { DraftsFile, FreshnessReport, TraceRecord } from "../model/index.ts";
import type { CampaignContext } from "./context.ts";
import type { VariantOutcome } from "./variant.ts";
import type { JudgeModel } from "../evals/index.ts";
export interface GenerationOptions {
    root: string;
    campaignDir: string;
    now: Date;
    generator: Generator;
    /** Overrides the prompt's model (e.g. from COPYGATE_MODEL); the prompt's own model otherwise. */
    model?: string;
    fallbackModels?: string[];
    judge?: JudgeModel;
    /** Variants drafted at once; the generator's own limiter still applies. */
    concurrency?: number;
    /** The campaign already loaded by the caller; loaded here otherwise. */
    context?: CampaignContext;
}
export interface GenerationRun {
    context: CampaignContext;
    freshness: FreshnessReport;
    partition: AudiencePartition | null;
    /** Null when the run stopped before generation. */
    drafts: DraftsFile | null;
    trace: TraceRecord;
}
/** freshness → audience → brief → prompt → model → evals → approval checkpoint → drafts + trace. */
export declare function runGeneration(options: GenerationOptions): Promise<GenerationRun>;
export declare function promptInputsHash(outcomes: Pick<VariantOutcome, "promptInput" | "variant">[]): string;
