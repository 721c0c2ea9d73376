/**
 * Two proportions, control against treatment: rates with Wilson intervals, the absolute
 * difference with its Newcombe (hybrid score, method 10) interval, the relative lift, and the
 * Wald z statistic with the unpooled standard error, as experimentation platforms report it.
 */
import { wilsonInterval, type Interval } from "../../suite/wilson.ts";
import { phi, phiInverse } from "./distributions.ts";

export type { Interval };

/** Successes out of a total, e.g. 38 upgrades of 9,412 delivered emails. */
export interface Count {
  successes: number;
  total: number;
}

export interface TwoProportions {
  rateControl: number;
  rateTreatment: number;
  /** rateTreatment − rateControl. */
  diff: number;
  /** diff / rateControl; null when the control rate is 0. */
  relativeLift: number | null;
  wilsonControl: Interval;
  wilsonTreatment: Interval;
  newcombe: Interval;
  /** √(pC(1−pC)/nC + pT(1−pT)/nT); 0 when neither arm varies. */
  standardError: number;
  /** diff / standardError; null when the standard error is 0. */
  z: number | null;
  /** 2·(1 − Φ(|z|)); null when z is. */
  pTwoSided: number | null;
}

/** Two-sided intervals at confidence 1 − alpha. */
export function compareProportions(control: Count, treatment: Count, alpha = 0.05): TwoProportions {
  const zCritical = phiInverse(1 - alpha / 2);
  const rateControl = control.successes / control.total;
  const rateTreatment = treatment.successes / treatment.total;
  const diff = rateTreatment - rateControl;
  const wilsonControl = wilsonInterval(control.successes, control.total, zCritical);
  const wilsonTreatment = wilsonInterval(treatment.successes, treatment.total, zCritical);
  const standardError = unpooledStandardError(control, treatment);
  const z = standardError > 0 ? diff / standardError : null;
  return {
    rateControl,
    rateTreatment,
    diff,
    relativeLift: rateControl > 0 ? diff / rateControl : null,
    wilsonControl,
    wilsonTreatment,
    newcombe: newcombeInterval(rateControl, wilsonControl, rateTreatment, wilsonTreatment),
    standardError,
    z,
    pTwoSided: z === null ? null : 2 * (1 - phi(Math.abs(z))),
  };
}

export function unpooledStandardError(control: Count, treatment: Count): number {
  const pC = control.successes / control.total;
  const pT = treatment.successes / treatment.total;
  return Math.sqrt((pC * (1 - pC)) / control.total + (pT * (1 - pT)) / treatment.total);
}

/** Newcombe (1998) method 10: the difference's interval from the two Wilson intervals. */
function newcombeInterval(pC: number, wilsonC: Interval, pT: number, wilsonT: Interval): Interval {
  const diff = pT - pC;
  return {
    low: diff - Math.sqrt((pT - wilsonT.low) ** 2 + (wilsonC.high - pC) ** 2),
    high: diff + Math.sqrt((wilsonT.high - pT) ** 2 + (pC - wilsonC.low) ** 2),
  };
}
