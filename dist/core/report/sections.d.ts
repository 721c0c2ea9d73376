import type { ApprovalCheckpoint } from "../model/index.ts";
import type { CampaignGate, WorkflowGate } from "./types.ts";
/** A workflow's suite comparison is shown up to this many characters; the rest is in the job summary. */
export declare const COMPARISON_BUDGET = 20000;
/** Model output is untrusted text: keep it from opening HTML or closing our <details>. */
export declare function escapeHtml(text: string): string;
export declare function campaignSection(gate: CampaignGate, options: {
    previews: boolean;
}): string;
export declare function checkpointTable(checkpoint: ApprovalCheckpoint): string;
export declare function workflowSection(gate: WorkflowGate, budget?: number): string;
/** Cuts the suite's markdown at a line boundary so a table row is never split. */
export declare function withinBudget(markdown: string, budget: number): string;
