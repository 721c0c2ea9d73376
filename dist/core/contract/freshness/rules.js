const HOURS_PER = { minute: 1 / 60, hour: 1, day: 24 };
const MS_PER_HOUR = 3_600_000;
export function durationHours(duration) {
    return duration.count * HOURS_PER[duration.period];
}
/** The age at which an input stops being usable: error_after, else warn_after (what the report calls max_age_hours). */
export function maxAgeHours(rule) {
    const limit = rule?.error_after ?? rule?.warn_after;
    return limit ? durationHours(limit) : null;
}
export function ageHours(loadedAtMs, now) {
    return (now.getTime() - loadedAtMs) / MS_PER_HOUR;
}
/** dbt semantics: older than error_after → error, older than warn_after → warn, else pass. */
export function statusForAge(age, rule) {
    if (rule?.error_after && age > durationHours(rule.error_after))
        return "error";
    if (rule?.warn_after && age > durationHours(rule.warn_after))
        return "warn";
    return "pass";
}
/** Hours to one decimal: precise enough to see "5.9 of 6", short enough to read. */
export function roundHours(hours) {
    return Math.round(hours * 10) / 10;
}
/** "30 hours" or, for rules written in days, "120 days": the unit the rule's author used. */
export function describeAge(hours, rule) {
    const period = (rule?.error_after ?? rule?.warn_after)?.period;
    if (period === "day")
        return `${Math.floor(hours / 24)} days`;
    if (period === "minute")
        return `${Math.round(hours * 60)} minutes`;
    return `${roundHours(hours)} hours`;
}
export function describeLimit(duration) {
    return `${duration.count} ${duration.period}${duration.count === 1 ? "" : "s"}`;
}
