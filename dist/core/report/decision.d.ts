/** The overall decision and what it means for the check, given the `fail-on` input. */
import type { RiskLevel } from "../model/index.ts";
import type { CampaignGate, GateDecision, WorkflowGate } from "./types.ts";
export type FailOn = "fail" | "review" | "never";
/** The worst of every campaign and workflow outcome, and the highest risk level among campaigns. */
export declare function decideGate(campaigns: CampaignGate[], workflows: WorkflowGate[], invalidFiles: boolean): {
    decision: GateDecision;
    risk: RiskLevel | null;
};
/** Check-run conclusion: failure when the decision reaches `fail-on`, neutral for an unblocking review. */
export declare function conclusionFor(decision: GateDecision, failOn: FailOn): "success" | "neutral" | "failure";
