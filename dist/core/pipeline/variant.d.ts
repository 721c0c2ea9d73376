import type { Cohort } from "../brief/index.ts";
import type { JudgeModel } from "../evals/index.ts";
import type { Generator, ModelSettings } from "../generate/index.ts";
import type { DraftVariant, TraceGeneration } from "../model/index.ts";
import type { CampaignContext } from "./context.ts";
export interface VariantOutcome {
    variant: DraftVariant;
    promptInput: Record<string, unknown>;
    generation: TraceGeneration;
    fallback?: {
        variant: string;
        reason: string;
        to: string;
    };
    httpAttempts: number;
}
/** One audience cohort through brief → prompt → model (or the approved fallback template) → evals. */
export declare function draftVariant(context: CampaignContext, cohort: Cohort, deps: {
    generator: Generator;
    settings: ModelSettings;
    judge?: JudgeModel;
}): Promise<VariantOutcome>;
