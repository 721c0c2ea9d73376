export { phi, phiInverse, chiSquareSurvival } from "./distributions.ts";
export { compareProportions, unpooledStandardError } from "./proportions.ts";
export type { Count, Interval, TwoProportions } from "./proportions.ts";
export { decide, requiredPerArm, describeClaim, DEFAULT_PLAN, MIN_PER_ARM } from "./decide.ts";
export type { Direction, TestOutcome, TestPlan, Verdict } from "./decide.ts";
export { confidenceSequence, sequentialHalfWidth, sequentialRho, DEFAULT_SEQUENTIAL_TUNING } from "./sequential.ts";
export { checkSampleRatio, SRM_ALARM_P } from "./srm.ts";
export type { SampleRatioCheck } from "./srm.ts";
