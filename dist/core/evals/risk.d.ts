/**
 * Risk level and approval routing. The rules, in order:
 * 1. high — a legal- or claims-owned check (restricted terms, competitors, discounts, urgency,
 *    footer, grounding) is at warn or fail, the draft obeyed a planted instruction, or the copy
 *    uses an approved claim with a number in it (legal approved that number word for word).
 * 2. medium — any other check at warn or fail (brand, channel, the model's risk flags), or a
 *    channel other than email (ads and pages are public to anyone, not to opted-in users).
 * 3. low — everything passed on an email that states no numeric claim.
 * Reviewer groups come from the campaign's `approval` map for that level.
 */
import type { ApprovedClaim, Campaign, Channel, CheckResult, EvalReport, RiskLevel, Verdict } from "../model/index.ts";
export interface RiskInput {
    checks: CheckResult[];
    verdict: Verdict;
    channel: Channel;
    claimsUsed: ApprovedClaim[];
}
export interface RiskAssessment {
    level: RiskLevel;
    reasons: string[];
}
export declare function riskLevel({ checks, verdict, channel, claimsUsed }: RiskInput): RiskAssessment;
export interface ApprovalRoute {
    risk_level: RiskLevel;
    required_reviewers: string[];
    decision: string;
}
/** Maps a report's risk level to the campaign's reviewer groups and a one-sentence decision. */
export declare function routeApproval(report: EvalReport, approval: Campaign["approval"]): ApprovalRoute;
