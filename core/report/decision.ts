/** The overall decision and what it means for the check, given the `fail-on` input. */
import type { RiskLevel } from "../model/index.ts";
import type { CampaignGate, GateDecision, RuleChange, WorkflowGate } from "./types.ts";

export type FailOn = "fail" | "review" | "never";
const RANK: Record<GateDecision, number> = { pass: 0, review: 1, fail: 2 };
const RISK_RANK: Record<RiskLevel, number> = { low: 0, medium: 1, high: 2 };

/**
 * The worst of every campaign and workflow outcome, and the highest risk level among campaigns
 * and changes to the rules. A campaign that already failed the same way on the base branch does
 * not decide this pull request (it is reported apart).
 */
export function decideGate(
  campaigns: CampaignGate[],
  workflows: WorkflowGate[],
  invalidFiles: boolean,
  ruleChanges: RuleChange[] = [],
): { decision: GateDecision; risk: RiskLevel | null } {
  const outcomes: GateDecision[] = [invalidFiles ? "fail" : "pass"];
  let risk: RiskLevel | null = null;
  for (const c of campaigns) if (!c.alreadyFailing) outcomes.push(campaignOutcome(c));
  // A suite that did not run (fork, no dataset) or cannot tell yet decides nothing: a person must look.
  for (const w of workflows) outcomes.push(w.decision === "do_not_promote" ? "fail" : w.decision === "promote" ? "pass" : "review");
  const risks = [...campaigns.filter((c) => !c.alreadyFailing).map((c) => c.risk), ...ruleChanges.map((r) => r.risk)];
  for (const r of risks) if (r && (risk === null || RISK_RANK[r] > RISK_RANK[risk])) risk = r;
  const decision = outcomes.reduce((worst, o) => (RANK[o] > RANK[worst] ? o : worst), "pass" as GateDecision);
  return { decision, risk };
}

function campaignOutcome(c: CampaignGate): GateDecision {
  if (c.freshness === "stop_before_generation" || c.drafts?.current === false || c.verdict === "fail") return "fail";
  if (c.freshness === "route_to_review" || c.verdict === "review") return "review";
  return "pass";
}

/** Check-run conclusion: failure when the decision reaches `fail-on`, neutral for an unblocking review. */
export function conclusionFor(decision: GateDecision, failOn: FailOn): "success" | "neutral" | "failure" {
  if (decision === "pass") return "success";
  if (failOn !== "never" && RANK[decision] >= RANK[failOn]) return "failure";
  return "neutral";
}
