/**
 * Promote or not, with reasons a reviewer can check. Only the criteria decide; a criterion that
 * was not measured blocks (never guessed), and an inconclusive one decides by what was observed
 * and says that it is inconclusive.
 */
import { blocksPromotion, type CriterionOutcome } from "./criteria.ts";
import { METRICS } from "./metrics.ts";
import { formatInterval, formatPercent } from "./percent.ts";

export interface Decision {
  promote: boolean;
  /** The blocking criteria's labels (empty when promoting). */
  blocking: string[];
  /** Set when runs were lost to the endpoint: the comparison is incomplete and decides nothing. */
  incomplete?: string;
}

export function decide(criteria: CriterionOutcome[], lostToEndpoint = 0): Decision {
  if (criteria.length === 0) return { promote: false, blocking: ["no promotion criteria defined (promotion.criteria in the workflow's releases.yaml)"] };
  const blocking = criteria.filter(blocksPromotion).map((c) => c.criterion.label);
  if (lostToEndpoint > 0) {
    const runs = `${lostToEndpoint} run${lostToEndpoint === 1 ? "" : "s"}`;
    return { promote: false, blocking, incomplete: `${runs} ended without an answer because of the model endpoint, so the comparison is incomplete; fix the endpoint and run again` };
  }
  return { promote: blocking.length === 0, blocking };
}

/** "met", "not met", "met as observed, inconclusive", "not met, inconclusive", "not measured". */
export function verdictWord(outcome: CriterionOutcome): string {
  switch (outcome.status) {
    case "pass": return "met";
    case "fail": return "not met";
    case "skipped": return "not measured";
    case "inconclusive": return outcome.observedMeets ? "met as observed, inconclusive" : "not met, inconclusive";
  }
}

/** "observed 86 percent (103 of 120 runs passed), 95% interval 79–91 percent" */
export function evidence(outcome: CriterionOutcome): string {
  if (outcome.status === "skipped") return `skipped: ${outcome.skippedReason}; it cannot be shown to hold`;
  const what = METRICS[outcome.metric].measures === "pass_rate" ? "passed" : "failed";
  return `observed ${formatPercent(outcome.observed)} percent (${outcome.count} of ${outcome.total} runs ${what}), 95% interval ${formatInterval(outcome.interval)} percent`;
}

/** One line a criterion: "not met: Unsupported claims below 0.5 percent; observed …". */
export function describeCriterion(outcome: CriterionOutcome): string {
  return `${verdictWord(outcome)}: ${outcome.criterion.label}; ${evidence(outcome)}`;
}
