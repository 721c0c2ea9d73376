/**
 * Promotion criteria against measured rates. The Wilson interval decides whether the data can
 * tell: a criterion is "inconclusive" when its interval straddles the threshold.
 */
import { InputError } from "../errors.js";
import { METRICS, isMetricId } from "./metrics.js";
import { wilsonInterval } from "./wilson.js";
const COMPARE = {
    ">": (x, v) => x > v,
    ">=": (x, v) => x >= v,
    "<": (x, v) => x < v,
    "<=": (x, v) => x <= v,
    "==": (x, v) => Math.abs(x - v) < 1e-12,
};
/** Refuses criteria the suite cannot measure, naming the field in releases.yaml. */
export function validateCriteria(criteria, file) {
    return criteria.map((raw, i) => {
        const c = raw;
        const field = `promotion.criteria[${i}]`;
        if (!c || typeof c.metric !== "string" || !isMetricId(c.metric)) {
            throw new InputError(`unknown promotion metric "${String(c?.metric)}"`, { file, field: `${field}.metric`, hint: `use one of ${Object.keys(METRICS).join(", ")}` });
        }
        if (!c.op || !Object.hasOwn(COMPARE, c.op) || typeof c.value !== "number") {
            throw new InputError(`criterion "${c.metric}" needs op (> >= < <= ==) and a numeric value`, { file, field });
        }
        return { metric: c.metric, op: c.op, value: c.value, label: c.label ?? `${METRICS[c.metric].label} ${c.op} ${c.value}` };
    });
}
export function evaluateCriterion(criterion, tally, skippedReason) {
    const metric = criterion.metric;
    const definition = METRICS[metric];
    const count = definition.measures === "pass_rate" ? tally.pass : tally.total - tally.pass;
    const base = { criterion, metric, count, total: tally.total, interval: wilsonInterval(count, tally.total) };
    if (skippedReason || tally.total === 0) {
        return { ...base, status: "skipped", observed: 0, observedMeets: false, skippedReason: skippedReason ?? "no run measured it" };
    }
    const compare = COMPARE[criterion.op];
    const observed = count / tally.total;
    const observedMeets = compare(observed, criterion.value);
    // An equality ("failures 0") is a hard rule on what was observed: no interval can show a rate is exactly 0.
    if (criterion.op === "==")
        return { ...base, observed, observedMeets, status: observedMeets ? "pass" : "fail" };
    const lowMeets = compare(base.interval.low, criterion.value);
    const highMeets = compare(base.interval.high, criterion.value);
    const status = lowMeets && highMeets ? "pass" : !lowMeets && !highMeets ? "fail" : "inconclusive";
    return { ...base, observed, observedMeets, status };
}
/** Blocks promotion: failed, not measured, or inconclusive with the observed rate on the wrong side. */
export function blocksPromotion(outcome) {
    if (outcome.status === "fail" || outcome.status === "skipped")
        return true;
    return outcome.status === "inconclusive" && !outcome.observedMeets;
}
