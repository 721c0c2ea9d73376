import { randomBytes } from "node:crypto";
/**
 * "trace_" + 32 hex characters: the hex part is a valid 16-byte OpenTelemetry trace id, so the
 * same id finds the run in `.copygate/traces` and in any OTLP backend.
 */
export function newTraceId() {
    let hex = randomBytes(16).toString("hex");
    // An all-zero trace id is invalid in OpenTelemetry; astronomically unlikely, but cheap to rule out.
    while (/^0+$/.test(hex))
        hex = randomBytes(16).toString("hex");
    return `trace_${hex}`;
}
/**
 * "run_YYYY_MM_DD_HHMM_xxxx" in UTC. The minute says when the run happened at a glance; the four
 * random hex characters keep two runs started in the same minute apart.
 */
export function newRunId(now) {
    if (Number.isNaN(now.getTime()))
        throw new RangeError("newRunId needs a valid date");
    const pad = (n) => String(n).padStart(2, "0");
    const day = `${now.getUTCFullYear()}_${pad(now.getUTCMonth() + 1)}_${pad(now.getUTCDate())}`;
    const minute = `${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}`;
    return `run_${day}_${minute}_${randomBytes(2).toString("hex")}`;
}
