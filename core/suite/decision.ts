/**
 * Promote or not, with reasons a reviewer can check. Only the criteria decide; a criterion that
 * was not measured blocks (never guessed). A criterion whose observed rate meets it but whose
 * interval still straddles the threshold is NOT met: the data cannot yet tell, so the verdict is
 * "not yet" with the number of cases that would tell, never "promote".
 */
import { blocksPromotion, type CriterionOutcome } from "./criteria.ts";
import { METRICS } from "./metrics.ts";
import { formatInterval, formatPercent } from "./percent.ts";
import { wilsonInterval } from "./wilson.ts";

/** The one vocabulary the CLI, the JSON, the PR comment and the check run use. */
export type PromotionVerdict = "promote" | "not_yet" | "do_not_promote";

export const VERDICT_LABEL: Record<PromotionVerdict, string> = { promote: "promote", not_yet: "not yet", do_not_promote: "do not promote" };

export interface Decision {
  verdict: PromotionVerdict;
  /** True only when every criterion is met with its interval clear of the threshold. */
  promote: boolean;
  /** Labels of the criteria that stop promotion: not met, not measured, or inconclusive. */
  blocking: string[];
  /** Labels of the criteria met as observed but inconclusive (they make a "not yet"). */
  inconclusive: string[];
  /** Runs the inconclusive criteria need at today's observed rates (null: none, or no sample size would tell). */
  runsNeeded: number | null;
  /** Set when runs were lost to the endpoint: the comparison is incomplete and decides nothing. */
  incomplete?: string;
}

export function decide(criteria: CriterionOutcome[], lostToEndpoint = 0): Decision {
  if (criteria.length === 0) {
    return { verdict: "do_not_promote", promote: false, blocking: ["no promotion criteria defined (promotion.criteria in the workflow's releases.yaml)"], inconclusive: [], runsNeeded: null };
  }
  if (lostToEndpoint > 0) {
    const runs = `${lostToEndpoint} run${lostToEndpoint === 1 ? "" : "s"}`;
    const blocking = criteria.filter(blocksPromotion).map((c) => c.criterion.label);
    return { verdict: "do_not_promote", promote: false, blocking, inconclusive: [], runsNeeded: null, incomplete: `${runs} ended without an answer because of the model endpoint, so the comparison is incomplete; fix the endpoint and run again` };
  }
  const unsettled = criteria.filter(isUnsettled);
  const hard = criteria.filter(blocksPromotion);
  const blocking = criteria.filter((c) => blocksPromotion(c) || isUnsettled(c)).map((c) => c.criterion.label);
  const verdict: PromotionVerdict = hard.length > 0 ? "do_not_promote" : unsettled.length > 0 ? "not_yet" : "promote";
  const needs = unsettled.map(runsToSettle);
  const runsNeeded = needs.length === 0 || needs.some((n) => n === null) ? null : Math.max(...(needs as number[]));
  return { verdict, promote: verdict === "promote", blocking, inconclusive: unsettled.map((c) => c.criterion.label), runsNeeded };
}

/** Met as observed, but the interval reaches the wrong side of the threshold. */
export function isUnsettled(outcome: CriterionOutcome): boolean {
  return outcome.status === "inconclusive" && outcome.observedMeets;
}

const MAX_RUNS = 1_000_000;

/**
 * The smallest number of runs at which the same observed rate would give an interval clear of
 * the threshold (searched on the Wilson interval itself, so 0 % and 100 % rates are handled).
 */
export function runsToSettle(outcome: CriterionOutcome): number | null {
  const { op, value } = outcome.criterion;
  const rate = outcome.observed;
  const settles = (n: number): boolean => {
    const interval = wilsonInterval(Math.round(rate * n), n);
    if (op === ">" ) return interval.low > value;
    if (op === ">=") return interval.low >= value;
    if (op === "<") return interval.high < value;
    if (op === "<=") return interval.high <= value;
    return false;
  };
  let high = Math.max(1, outcome.total);
  while (!settles(high)) {
    high *= 2;
    if (high > MAX_RUNS) return null;
  }
  let low = Math.max(1, outcome.total);
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (settles(middle)) high = middle;
    else low = middle + 1;
  }
  return high;
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
