import { assertNoPersonalData } from "./redact.js";
import { buildOtlpRequest } from "./otlp-spans.js";
const DEFAULT_TIMEOUT_MS = 10_000; // the OTLP exporter default (OTEL_EXPORTER_OTLP_TIMEOUT)
/** The statuses the OTLP/HTTP spec calls retryable; one retry is enough for a best-effort export. */
const RETRYABLE = new Set([429, 502, 503, 504]);
const MAX_RETRY_WAIT_MS = 2_000;
/** Honours Retry-After (seconds) up to a cap, so a busy collector cannot hold the run up. */
function retryWaitMs(response) {
    const seconds = Number(response.headers.get("retry-after"));
    return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, MAX_RETRY_WAIT_MS) : 200;
}
async function postWithOneRetry(url, init, fetchImpl) {
    const first = await fetchImpl(url, init());
    if (!RETRYABLE.has(first.status))
        return first;
    await first.body?.cancel();
    await new Promise((resolve) => setTimeout(resolve, retryWaitMs(first)));
    return fetchImpl(url, init());
}
/** "k=v,k2=v2" with percent-encoded values, as OTEL_EXPORTER_OTLP_HEADERS writes them. */
export function parseOtlpHeaders(text) {
    const headers = {};
    for (const pair of (text ?? "").split(",")) {
        const at = pair.indexOf("=");
        if (at <= 0)
            continue;
        const key = pair.slice(0, at).trim();
        const raw = pair.slice(at + 1).trim();
        let value = raw;
        try {
            value = decodeURIComponent(raw);
        }
        catch {
            // not percent-encoded after all: keep it as written
        }
        if (key)
            headers[key] = value;
    }
    return headers;
}
/** The URL without credentials or query, safe to print in a warning. */
function printable(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.origin}${parsed.pathname}`;
    }
    catch {
        return "(invalid URL)";
    }
}
async function rejectionOf(response) {
    const body = (await response.json().catch(() => null));
    const rejected = Number(body?.partialSuccess?.rejectedSpans ?? 0);
    if (!rejected)
        return null;
    return `${rejected} span(s) rejected${body?.partialSuccess?.errorMessage ? `: ${body.partialSuccess.errorMessage}` : ""}`;
}
/** Returns null when the collector accepted the run, else a one-line warning (never throws). */
export async function exportTraceOtlp(record, endpoint, fetchImpl = fetch, options = {}) {
    const url = options.tracesUrl ?? `${endpoint.replace(/\/+$/, "")}/v1/traces`;
    const where = `OTLP export of ${record.trace_id} to ${printable(url)}`;
    try {
        assertNoPersonalData(record);
        const body = JSON.stringify(buildOtlpRequest(record));
        const init = () => ({
            method: "POST",
            headers: { ...options.headers, "content-type": "application/json" },
            body,
            signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
        });
        const response = await postWithOneRetry(url, init, fetchImpl);
        if (!response.ok) {
            await response.body?.cancel();
            return `${where} failed: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}; the trace is still in .copygate/traces`;
        }
        const rejection = await rejectionOf(response);
        return rejection ? `${where} partly failed: ${rejection}` : null;
    }
    catch (error) {
        const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
        return `${where} failed: ${reason}; the trace is still in .copygate/traces`;
    }
}
/**
 * Exports when the standard OTEL_* variables configure a collector; null when they do not or the
 * export succeeded, else a warning.
 */
export async function exportTraceFromEnv(record, env, fetchImpl = fetch) {
    const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
    const tracesUrl = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() || undefined;
    if (env.OTEL_SDK_DISABLED === "true" || (!endpoint && !tracesUrl))
        return null;
    const timeout = Number(env.OTEL_EXPORTER_OTLP_TRACES_TIMEOUT ?? env.OTEL_EXPORTER_OTLP_TIMEOUT);
    return exportTraceOtlp(record, endpoint ?? "", fetchImpl, {
        headers: { ...parseOtlpHeaders(env.OTEL_EXPORTER_OTLP_HEADERS), ...parseOtlpHeaders(env.OTEL_EXPORTER_OTLP_TRACES_HEADERS) },
        timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : undefined,
        tracesUrl,
    });
}
