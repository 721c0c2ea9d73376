export { checkFreshness } from "./check.ts";
export type { FreshnessCheck } from "./check.ts";
export { durationHours, maxAgeHours, statusForAge } from "./rules.ts";
export { consequenceOf, orderedVerdict } from "./decide.ts";
