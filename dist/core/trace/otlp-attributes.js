/** OTLP/JSON attribute values: int64 as decimal strings and ids as hex, per the OTLP JSON encoding. */
import { createHash } from "node:crypto";
export const str = (key, value) => ({ key, value: { stringValue: value } });
export const int = (key, value) => ({ key, value: { intValue: String(Math.round(value)) } });
export const dbl = (key, value) => ({ key, value: { doubleValue: value } });
export const bool = (key, value) => ({ key, value: { boolValue: value } });
export const strList = (key, values) => ({
    key,
    value: { arrayValue: { values: values.map((v) => ({ stringValue: v })) } },
});
/** Drops attributes whose value the record did not have, so optional fields need no if-chains. */
export function present(...attributes) {
    return attributes.filter((a) => Boolean(a));
}
/** Milliseconds since the epoch → nanoseconds as the decimal string OTLP/JSON expects for fixed64. */
export function unixNano(ms) {
    return (BigInt(Math.round(ms)) * 1000000n).toString();
}
/**
 * The 32-hex OTLP trace id for a copygate trace id. New ids (trace_<32 hex>) map to themselves, so
 * the id a reviewer copies from `trace list` finds the same run in the backend; shorter or older
 * ids are hashed to a stable id.
 */
export function otlpTraceId(traceId) {
    const own = /^trace_([0-9a-f]{32})$/.exec(traceId)?.[1];
    return own && !/^0+$/.test(own) ? own : nonZero(createHash("sha256").update(traceId).digest("hex").slice(0, 32));
}
/**
 * A 16-hex span id derived from the trace id and the span's role: re-exporting the same record
 * yields the same ids, so a collector sees duplicates instead of a second, diverging tree.
 */
export function otlpSpanId(traceId, role) {
    return nonZero(createHash("sha256").update(`${traceId}/${role}`).digest("hex").slice(0, 16));
}
function nonZero(hex) {
    return /^0+$/.test(hex) ? `${hex.slice(0, -1)}1` : hex;
}
