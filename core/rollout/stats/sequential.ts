/**
 * Always-valid confidence sequences for the difference of two rates, as GrowthBook's sequential
 * testing (Howard et al. 2021; the normal-mixture boundary of Waudby-Smith et al. 2023, eq. 9):
 * a team may look at a running test every day without inflating its false positives.
 *
 *   ρ  = √((−2 ln α + ln(−2 ln α + 1)) / N)      N: the tuning sample size (GrowthBook: 5,000)
 *   s² = SE² · n                                  n = nC + nT, SE the unpooled standard error
 *   half-width = √s² · √(2 (nρ² + 1) ln(√(nρ² + 1) / α) / (nρ)²)
 *
 * The sequence is two-sided at level α; reading one side of it for a one-sided criterion is
 * conservative (its real error rate is at most α/2).
 */
import type { Count, Interval, TwoProportions } from "./proportions.ts";

export const DEFAULT_SEQUENTIAL_TUNING = 5000;

export function sequentialRho(alpha: number, tuning: number): number {
  const logAlpha = Math.log(alpha);
  return Math.sqrt((-2 * logAlpha + Math.log(-2 * logAlpha + 1)) / tuning);
}

export function sequentialHalfWidth(standardError: number, n: number, alpha: number, tuning: number): number {
  const rho = sequentialRho(alpha, tuning);
  const s2 = standardError * standardError * n;
  const nRho2 = n * rho * rho + 1;
  return Math.sqrt(s2) * Math.sqrt((2 * nRho2 * Math.log(Math.sqrt(nRho2) / alpha)) / (n * rho) ** 2);
}

export function confidenceSequence(control: Count, treatment: Count, stats: TwoProportions, alpha: number, tuning: number): Interval {
  const half = sequentialHalfWidth(stats.standardError, control.total + treatment.total, alpha, tuning);
  return { low: stats.diff - half, high: stats.diff + half };
}
