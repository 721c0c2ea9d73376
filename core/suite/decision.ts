/**
 * Promote or not, with reasons a reviewer can check. Only the criteria decide; a criterion that
 * was not measured blocks (never guessed), and an inconclusive one decides by what was observed
 * and is named as a caveat.
 */
import { blocksPromotion, type CriterionOutcome } from "./criteria.ts";
import { METRICS } from "./metrics.ts";
import { formatPercent, formatInterval } from "./percent.ts";

export interface Decision {
  promote: boolean;
  reasons: string[];
  caveats: string[];
}

export function decide(criteria: CriterionOutcome[], cases: number): Decision {
  if (criteria.length === 0) {
    return { promote: false, reasons: ["No promotion criteria are defined for this workflow (promotion.criteria in its releases.yaml)."], caveats: [] };
  }
  const reasons = criteria.filter(blocksPromotion).map(describe);
  const caveats = criteria
    .filter((c) => c.status === "inconclusive" && c.observedMeets)
    .map((c) => `${describe(c)} Inconclusive at ${cases} cases.`);
  return { promote: reasons.length === 0, reasons, caveats };
}

/** "Reviewer acceptance above 90 percent: observed 86 percent (103 of 120 runs accepted), 95% interval 79–91 percent." */
export function describe(outcome: CriterionOutcome): string {
  const { criterion } = outcome;
  if (outcome.status === "skipped") return `${criterion.label}: not measured (skipped: ${outcome.skippedReason}), so it cannot be shown to hold.`;
  const what = METRICS[outcome.metric].measures === "pass_rate" ? "passed" : "failed";
  const verdict = outcome.status === "inconclusive" ? (outcome.observedMeets ? "met as observed, but not shown" : "not met, and not shown either way") : outcome.status === "pass" ? "met" : "not met";
  return `${criterion.label}: ${verdict}; observed ${formatPercent(outcome.observed)} percent (${outcome.count} of ${outcome.total} runs ${what}), 95% interval ${formatInterval(outcome.interval)} percent.`;
}
