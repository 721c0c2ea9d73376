export { checkFreshness } from "./check.js";
export { durationHours, maxAgeHours, statusForAge } from "./rules.js";
export { orderedVerdict } from "./decide.js";
