import type { Campaign, InputVerdict, PolicyInput } from "../../model/index.ts";
/**
 * A policy input: the campaign's pinned version must exist, must be the newest approved version
 * when the contract says `require: latest_approved`, and is aged on last_reviewed_at (else approved_at).
 */
export declare function checkPolicyInput(root: string, name: string, input: PolicyInput, campaign: Campaign, now: Date): Promise<InputVerdict>;
