/**
 * A finished TraceRecord as an OTLP ExportTraceServiceRequest (JSON encoding): a root span for the
 * run, a `chat <model>` child per model call with the gen_ai.* attributes, one child per eval.
 */
import type { TraceRecord } from "../model/trace.ts";
import type { OtlpAttribute } from "./otlp-attributes.ts";
declare const SCOPE: {
    name: string;
    version: string;
};
export interface OtlpSpan {
    traceId: string;
    spanId: string;
    parentSpanId?: string;
    name: string;
    kind: number;
    startTimeUnixNano: string;
    endTimeUnixNano: string;
    attributes: OtlpAttribute[];
    events?: {
        timeUnixNano: string;
        name: string;
        attributes: OtlpAttribute[];
    }[];
}
export interface OtlpTraceRequest {
    resourceSpans: {
        resource: {
            attributes: OtlpAttribute[];
        };
        scopeSpans: {
            scope: typeof SCOPE;
            spans: OtlpSpan[];
        }[];
    }[];
}
export declare function buildOtlpRequest(record: TraceRecord): OtlpTraceRequest;
export {};
