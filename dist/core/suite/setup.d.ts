import type { Campaign, Policies } from "../model/index.ts";
import { type PromptVersion } from "../prompts/index.ts";
import { type Dataset } from "./dataset.ts";
import type { Criterion } from "./types.ts";
export interface SuiteSetup {
    suite: string;
    workflow: string;
    candidate: PromptVersion;
    baseline: PromptVersion;
    dataset: Dataset;
    criteria: Criterion[];
    campaign: Campaign;
    policies: Policies;
}
export interface SuiteSetupOptions {
    workflow: string;
    /** "8", "v8", "wf@8", "wf:v8". */
    candidate: string;
    /** "production" (default) or a version like the candidate. */
    baseline?: string;
    /** Dataset files; default: promotion.datasets in the workflow's releases.yaml. */
    datasets?: string[];
    /** Campaign folder whose channel and policies the checks use; default: the first using the workflow. */
    campaignDir?: string;
}
export declare function prepareSuite(root: string, options: SuiteSetupOptions): Promise<SuiteSetup>;
/** "8" / "v8" → "wf@8"; "production" → "wf@production"; a full ref is kept. */
export declare function promptRef(workflow: string, version: string): string;
