/**
 * The data contract: read each input's source, judge its freshness as dbt does, apply the
 * campaign's failure behaviours, and split the audience into cohorts that carry aggregates only.
 */
export { loadSnapshot, parseCsv, maxLoadedAt, SourceReadError } from "./sources/index.ts";
export type { SourceOptions, SourceRow, SourceKind } from "./sources/index.ts";
export { checkFreshness, consequenceOf, durationHours, maxAgeHours, statusForAge } from "./freshness/index.ts";
export type { FreshnessCheck } from "./freshness/index.ts";
export { partitionAudience, screenRecipients, MIN_COHORT_SIZE } from "./audience/index.ts";
export type { AudiencePartition, Cohort } from "./audience/index.ts";
export { demoClock, chooseClock, usesOnlyEmbeddedSnapshots, runIdFor, DEMO_CLOCK_FILE } from "./clock.ts";
export type { ClockKind, RunClock } from "./clock.ts";
export { formatFreshnessReport, freshnessJson, describeClock } from "./format.ts";
