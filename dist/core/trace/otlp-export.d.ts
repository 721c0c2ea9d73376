/**
 * Sends a run to an OpenTelemetry collector over OTLP/HTTP with the JSON encoding. Hand-written
 * rather than @opentelemetry/exporter-trace-otlp-http: the current exporter needs Node 22, and the
 * SDK instruments live spans while we export a finished record after the fact.
 * Exporting is best effort: it never throws, it returns a warning for the run to print.
 */
import type { TraceRecord } from "../model/trace.ts";
export interface OtlpExportOptions {
    headers?: Record<string, string>;
    timeoutMs?: number;
    /** The full traces URL (OTEL_EXPORTER_OTLP_TRACES_ENDPOINT); otherwise `<endpoint>/v1/traces`. */
    tracesUrl?: string;
}
/** "k=v,k2=v2" with percent-encoded values, as OTEL_EXPORTER_OTLP_HEADERS writes them. */
export declare function parseOtlpHeaders(text: string | undefined): Record<string, string>;
/** Returns null when the collector accepted the run, else a one-line warning (never throws). */
export declare function exportTraceOtlp(record: TraceRecord, endpoint: string, fetchImpl?: typeof fetch, options?: OtlpExportOptions): Promise<string | null>;
/**
 * Exports when the standard OTEL_* variables configure a collector; null when they do not or the
 * export succeeded, else a warning.
 */
export declare function exportTraceFromEnv(record: TraceRecord, env: NodeJS.ProcessEnv, fetchImpl?: typeof fetch): Promise<string | null>;
