/**
 * The trace stage: every run leaves one record (ids, prompt version, model, inputs by id and
 * version, latency, tokens, evals, approval, publish), stored as JSONL and optionally exported as
 * OpenTelemetry spans. Nothing here ever holds personal data: see assertNoPersonalData.
 */
export type { TraceGeneration, TraceRecord } from "../model/trace.ts";
export { newRunId, newTraceId } from "./ids.ts";
export { assertNoPersonalData, TraceRedactionError } from "./redact.ts";
export { appendTrace, listTraces, readTrace, TRACES_DIR, tracesDir } from "./store.ts";
export { formatTrace } from "./format.ts";
export { formatTraceList } from "./list-table.ts";
export { buildOtlpRequest } from "./otlp-spans.ts";
export type { OtlpSpan, OtlpTraceRequest } from "./otlp-spans.ts";
export { exportTraceFromEnv, exportTraceOtlp, parseOtlpHeaders } from "./otlp-export.ts";
export type { OtlpExportOptions } from "./otlp-export.ts";
