import type { Duration, FreshnessRule, FreshnessStatus } from "../../model/index.ts";
export declare function durationHours(duration: Duration): number;
/** The age at which an input stops being usable: error_after, else warn_after (what the report calls max_age_hours). */
export declare function maxAgeHours(rule: FreshnessRule | undefined): number | null;
export declare function ageHours(loadedAtMs: number, now: Date): number;
/** dbt semantics: older than error_after → error, older than warn_after → warn, else pass. */
export declare function statusForAge(age: number, rule: FreshnessRule | undefined): FreshnessStatus;
/** Hours to one decimal: precise enough to see "5.9 of 6", short enough to read. */
export declare function roundHours(hours: number): number;
/** "30 hours" or, for rules written in days, "120 days": the unit the rule's author used. */
export declare function describeAge(hours: number, rule: FreshnessRule | undefined): string;
export declare function describeLimit(duration: Duration): string;
