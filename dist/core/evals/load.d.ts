import type { Campaign } from "../model/index.ts";
import type { CheckContext } from "./types.ts";
/** A campaign's check context from the repository: its policies and the pinned prompt's output schema. */
export declare function loadCheckContext(root: string, campaignDir: string, audience?: {
    usageSummary?: string;
    crmNotes?: string[];
}): Promise<{
    campaign: Campaign;
    ctx: CheckContext;
}>;
/** Reads one draft object (in the workflow's output schema) from a JSON file. */
export declare function readDraftFile(root: string, path: string): Promise<Record<string, unknown>>;
