/**
 * Sample-ratio mismatch: do the observed arm sizes fit the configured split? A chi-squared
 * goodness-of-fit test, alarming at p < 0.001 as GrowthBook does. A mismatch means assignment or
 * delivery is broken, so no verdict is read from the numbers while it fires.
 */
import { chiSquareSurvival } from "./distributions.ts";

export const SRM_ALARM_P = 0.001;

export interface SampleRatioCheck {
  observed: { control: number; treatment: number };
  expected: { control: number; treatment: number };
  chiSquare: number;
  p: number;
  mismatch: boolean;
}

/** testShare: the configured share of the treatment arm, e.g. 0.1. */
export function checkSampleRatio(control: number, treatment: number, testShare: number): SampleRatioCheck {
  const total = control + treatment;
  const expected = { control: total * (1 - testShare), treatment: total * testShare };
  const chiSquare = total === 0 ? 0 : (control - expected.control) ** 2 / expected.control + (treatment - expected.treatment) ** 2 / expected.treatment;
  const p = total === 0 ? 1 : chiSquareSurvival(chiSquare, 1);
  return { observed: { control, treatment }, expected, chiSquare, p, mismatch: p < SRM_ALARM_P };
}
