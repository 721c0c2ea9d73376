/**
 * The distribution functions every rollout statistic stands on, from @stdlib (ports of the Cephes
 * and Boost algorithms, accurate to double precision). Gates decide on tails like Φ(−3.5), where
 * table look-ups and short polynomial approximations are off in the third digit: no hand-written
 * quantile lives in copygate.
 */
import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import chisquareCdf from "@stdlib/stats-base-dists-chisquare-cdf";

/** Φ(x): the standard normal distribution function. */
export function phi(x: number): number {
  return normalCdf(x, 0, 1);
}

/** Φ⁻¹(p): the standard normal quantile. */
export function phiInverse(p: number): number {
  return normalQuantile(p, 0, 1);
}

/** P(X ≥ x) for X ~ χ²(df): the p-value of a chi-squared statistic. */
export function chiSquareSurvival(x: number, df: number): number {
  return 1 - chisquareCdf(x, df);
}
