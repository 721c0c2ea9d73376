import type { RunClock } from "../../core/contract/index.ts";
import type { GenerationRun } from "../../core/pipeline/index.ts";
import type { CommandIo } from "../main.ts";
export interface CampaignRunResult {
    run: GenerationRun;
    clock: RunClock;
    endpoint: string;
    /** Repository-relative path the drafts were written to, if any. */
    written?: string;
    warnings: string[];
}
/** The shared body of `generate` and `demo`: clock, endpoint, pipeline, drafts file, trace. */
export declare function runCampaign(args: {
    io: CommandIo;
    campaignDir: string;
    now?: string;
    out?: string;
    model?: string;
    cache?: boolean;
}): Promise<CampaignRunResult>;
