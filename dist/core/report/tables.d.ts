import type { CampaignGate, WorkflowGate } from "./types.ts";
/** A table cell: pipes escaped and line breaks folded, so user text cannot break the table. */
export declare function cell(text: string): string;
export declare function campaignTable(campaigns: CampaignGate[]): string;
export declare function workflowTable(workflows: WorkflowGate[]): string;
