export { newRunId, newTraceId } from "./ids.js";
export { assertNoPersonalData, TraceRedactionError } from "./redact.js";
export { appendTrace, listTraces, readTrace, TRACES_DIR, tracesDir } from "./store.js";
export { formatTrace } from "./format.js";
export { formatTraceList } from "./list-table.js";
export { buildOtlpRequest } from "./otlp-spans.js";
export { exportTraceFromEnv, exportTraceOtlp, parseOtlpHeaders } from "./otlp-export.js";
