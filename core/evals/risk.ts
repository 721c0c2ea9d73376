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
import { humanList } from "./text.ts";

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

const HIGH_RISK_OWNERS = new Set(["legal", "claims"]);

export function riskLevel({ checks, verdict, channel, claimsUsed }: RiskInput): RiskAssessment {
  const notPassing = checks.filter((c) => c.status === "warn" || c.status === "fail");
  const high = [
    ...notPassing.filter((c) => HIGH_RISK_OWNERS.has(c.owner ?? "") || c.id === "injection_obeyed").map((c) => `${c.label} (${c.status})`),
    ...claimsUsed.filter((c) => (c.covers?.numbers ?? []).length > 0).map((c) => `the copy states the numeric claim ${c.id}`),
  ];
  if (high.length > 0) return { level: "high", reasons: high };
  const medium = notPassing.map((c) => `${c.label} (${c.status})`);
  // Review without a flagged check: the model's risk flags, counted outside the eval list.
  if (verdict !== "pass" && medium.length === 0) medium.push("the model raised risk flags");
  if (channel.kind !== "email") medium.push(`${channel.kind} copy is public`);
  if (medium.length > 0) return { level: "medium", reasons: medium };
  return { level: "low", reasons: [] };
}

export interface ApprovalRoute {
  risk_level: RiskLevel;
  required_reviewers: string[];
  decision: string;
}

function groupName(group: string): string {
  return group.replace(/[-_]/g, " ");
}

/** Maps a report's risk level to the campaign's reviewer groups and a one-sentence decision. */
export function routeApproval(report: EvalReport, approval: Campaign["approval"]): ApprovalRoute {
  const required = approval[report.risk_level] ?? [];
  const reasons = report.risk_reasons ?? [];
  if (report.verdict === "fail") {
    const failed = report.checks.filter((c) => c.status === "fail").map((c) => c.label);
    return { risk_level: report.risk_level, required_reviewers: required, decision: `block: ${humanList(failed)} failed; fix the draft and run the checks again` };
  }
  if (report.risk_level === "low" && report.verdict === "pass") {
    return { risk_level: "low", required_reviewers: required, decision: "auto-approve: evals passed" };
  }
  // Name the groups this level adds on top of the base reviewers, most senior (last listed) first.
  const base = new Set(approval.low ?? []);
  const added = required.filter((g) => !base.has(g)).reverse();
  const named = (added.length > 0 ? added : required).map(groupName);
  const why = reasons.length > 0 ? `: ${reasons.join("; ")}` : "";
  return { risk_level: report.risk_level, required_reviewers: required, decision: `escalate to ${humanList(named)}${why}` };
}
