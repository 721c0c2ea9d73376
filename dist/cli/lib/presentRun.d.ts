import type { GenerationRun } from "../../core/pipeline/index.ts";
import type { DraftVariant } from "../../core/model/index.ts";
import type { RunClock } from "../../core/contract/index.ts";
export declare function formatAudienceSection(counts: NonNullable<GenerationRun["partition"]>["counts"]): string;
export declare function formatVariant(variant: DraftVariant): string;
/** Everything a generation run shows, in the order the pipeline ran it. */
export declare function formatGenerationRun(run: GenerationRun, clock: RunClock, where?: {
    draftsPath?: string;
}): string;
