/**
 * The data contract: read each input's source, judge its freshness as dbt does, apply the
 * campaign's failure behaviours, and split the audience into cohorts that carry aggregates only.
 */
export { loadSnapshot, parseCsv, maxLoadedAt, SourceReadError } from "./sources/index.js";
export { checkFreshness, durationHours, maxAgeHours, statusForAge } from "./freshness/index.js";
export { partitionAudience, screenRecipients, MIN_COHORT_SIZE } from "./audience/index.js";
export { demoClock, chooseClock, usesOnlyEmbeddedSnapshots, runIdFor, DEMO_CLOCK_FILE } from "./clock.js";
export { formatFreshnessReport, freshnessJson, describeClock } from "./format.js";
