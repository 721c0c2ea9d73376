/**
 * One promotion criterion decided on two counts: a one-sided Wald z-test with the unpooled
 * standard error (superiority when the margin is 0, non-inferiority otherwise), a verdict that
 * is never "pass" unless the test rejects, and the sample size that would settle it.
 */
import { phi, phiInverse } from "./distributions.ts";
import { compareProportions, type Count, type Interval, type TwoProportions } from "./proportions.ts";
import { confidenceSequence } from "./sequential.ts";

/** Which way is better for the metric: upgrades higher, unsubscribes lower. */
export type Direction = "higher" | "lower";
export type Verdict = "pass" | "fail" | "inconclusive";

export interface TestPlan {
  direction: Direction;
  /** Tolerated loss in percentage points (non-inferiority); 0 asks for superiority. */
  marginPp: number;
  alpha: number;
  /** Power the sample-size answer aims at. */
  power: number;
  /** Decide on an always-valid confidence sequence instead of the fixed-horizon test. */
  sequential?: { tuning: number };
}

/** Below this many recipients in an arm no verdict is read (Optimizely calls nothing before 100 visitors per arm). */
export const MIN_PER_ARM = 100;

export const DEFAULT_PLAN: TestPlan = { direction: "higher", marginPp: 0, alpha: 0.05, power: 0.8 };

export interface TestOutcome extends TwoProportions {
  plan: TestPlan;
  /** The one-sided statistic against the margin; null when the standard error is 0. */
  zOneSided: number | null;
  pOneSided: number | null;
  verdict: Verdict;
  /** Recipients per arm (equal arms) for the planned power if the observed difference is the true one; null when no size would do. */
  neededPerArm: number | null;
  /** neededPerArm minus the smaller arm, at least 0. */
  moreNeededPerArm: number | null;
  /** The always-valid interval on diff, when the plan asks for it. */
  sequentialInterval?: Interval;
  /** Why the verdict is what it is, in a line a marketer can read. */
  reason: string;
}

export function decide(control: Count, treatment: Count, plan: TestPlan): TestOutcome {
  const stats = compareProportions(control, treatment, plan.alpha);
  const margin = plan.marginPp / 100;
  // Distance from the null boundary in the favourable direction: > 0 means the data lean to the candidate.
  const favourable = plan.direction === "higher" ? stats.diff + margin : margin - stats.diff;
  const neededPerArm = requiredPerArm(stats.rateControl, stats.rateTreatment, favourable, plan);
  const moreNeededPerArm = neededPerArm === null ? null : Math.max(0, neededPerArm - Math.min(control.total, treatment.total));
  const base = { ...stats, plan, neededPerArm, moreNeededPerArm };
  if (Math.min(control.total, treatment.total) < MIN_PER_ARM) {
    const more = Math.max(MIN_PER_ARM - Math.min(control.total, treatment.total), moreNeededPerArm ?? 0);
    return { ...base, zOneSided: null, pOneSided: null, verdict: "inconclusive", reason: `inconclusive — fewer than ${MIN_PER_ARM} recipients in an arm, too few for the normal approximation; ${moreRecipients(more)}` };
  }
  if (stats.standardError === 0) {
    return { ...base, zOneSided: null, pOneSided: null, verdict: "inconclusive", reason: "neither arm varies (every recipient the same), so the test cannot decide" };
  }
  const zOneSided = favourable / stats.standardError;
  // p = 1 − Φ((d + m)/SE) for higher-is-better, Φ((d − m)/SE) for lower-is-better: the same number.
  const pOneSided = 1 - phi(zOneSided);
  const sequentialInterval = plan.sequential ? confidenceSequence(control, treatment, stats, plan.alpha, plan.sequential.tuning) : undefined;
  const verdict = sequentialInterval ? sequentialVerdict(sequentialInterval, plan) : pOneSided < plan.alpha ? "pass" : 1 - pOneSided < plan.alpha ? "fail" : "inconclusive";
  return { ...base, zOneSided, pOneSided, verdict, ...(sequentialInterval ? { sequentialInterval } : {}), reason: reasonFor(verdict, plan, moreNeededPerArm) };
}

/** n per arm = (z₁₋α + z_power)² · (pC(1−pC) + pT(1−pT)) / Δ², Δ the favourable distance. */
export function requiredPerArm(rateControl: number, rateTreatment: number, favourable: number, plan: Pick<TestPlan, "alpha" | "power">): number | null {
  const variance = rateControl * (1 - rateControl) + rateTreatment * (1 - rateTreatment);
  if (!(favourable > 0) || variance === 0) return null;
  const zSum = phiInverse(1 - plan.alpha) + phiInverse(plan.power);
  return Math.ceil((zSum * zSum * variance) / (favourable * favourable));
}

function sequentialVerdict(interval: Interval, plan: TestPlan): Verdict {
  const margin = plan.marginPp / 100;
  if (plan.direction === "higher") return interval.low > -margin ? "pass" : interval.high < -margin ? "fail" : "inconclusive";
  return interval.high < margin ? "pass" : interval.low > margin ? "fail" : "inconclusive";
}

function reasonFor(verdict: Verdict, plan: TestPlan, more: number | null): string {
  const claim = describeClaim(plan);
  if (verdict === "pass") return `shown: ${claim}`;
  if (verdict === "fail") return `shown: ${describeLoss(plan)}`;
  if (more === null) return `not shown: ${claim}; the observed difference points the other way, so more recipients are not expected to show it`;
  return `inconclusive — ${moreRecipients(more)}`;
}

/** "no worse than production by more than 0.1 pp" / "better than production". */
export function describeClaim(plan: Pick<TestPlan, "direction" | "marginPp">): string {
  if (plan.marginPp === 0) return plan.direction === "higher" ? "higher than production" : "lower than production";
  const worse = plan.direction === "higher" ? "lower" : "higher";
  return `no ${worse} than production by more than ${plan.marginPp} pp`;
}

/** The opposite of the claim: "higher than production by more than 0.1 pp" / "lower than production". */
export function describeLoss(plan: Pick<TestPlan, "direction" | "marginPp">): string {
  const worse = plan.direction === "higher" ? "lower" : "higher";
  return plan.marginPp === 0 ? `${worse} than production` : `${worse} than production by more than ${plan.marginPp} pp`;
}

/** "about 9,349 more recipients per arm needed" */
function moreRecipients(more: number): string {
  return `about ${more.toLocaleString("en-US")} more recipient${more === 1 ? "" : "s"} per arm needed`;
}
