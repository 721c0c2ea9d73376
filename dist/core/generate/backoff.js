/**
 * How long to wait before trying again: the server's word first (retry-after-ms, Retry-After),
 * otherwise exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff and
 * Jitter"), which spreads retries of many callers instead of bunching them.
 */
/** Milliseconds the server asked us to wait, or undefined when it did not say. */
export function retryAfterMs(headers, now = Date.now()) {
    if (!headers)
        return undefined;
    const millis = headers.get("retry-after-ms");
    if (millis !== null && millis.trim() !== "") {
        const value = Number(millis);
        if (Number.isFinite(value) && value >= 0)
            return value;
    }
    const after = headers.get("retry-after");
    if (after === null || after.trim() === "")
        return undefined;
    // Seconds per RFC 9110; fractional seconds accepted because some gateways send them.
    const seconds = Number(after);
    if (Number.isFinite(seconds) && seconds >= 0)
        return seconds * 1000;
    const date = Date.parse(after);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** OpenAI's x-ratelimit-reset-* format: "1s", "250ms", "6m0s", "1h2m3.5s". */
export function parseResetDuration(text) {
    if (!text)
        return undefined;
    const pattern = /(\d+(?:\.\d+)?)(ms|h|m|s)/g;
    const unitMs = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 };
    let total = 0;
    let matched = "";
    for (const match of text.trim().matchAll(pattern)) {
        total += Number(match[1]) * (unitMs[match[2] ?? "s"] ?? 1000);
        matched += match[0];
    }
    if (matched.length === 0 || matched !== text.trim()) {
        const seconds = Number(text);
        return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
    }
    return total;
}
/** Full jitter: a uniform wait in [0, min(cap, base · 2^retry)]. `retry` counts from 0. */
export function fullJitterMs(retry, baseMs, capMs, random = Math.random) {
    const ceiling = Math.min(capMs, baseMs * 2 ** retry);
    return Math.floor(random() * ceiling);
}
export function sleep(ms) {
    return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
