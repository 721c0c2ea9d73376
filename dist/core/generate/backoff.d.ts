/**
 * How long to wait before trying again: the server's word first (retry-after-ms, Retry-After),
 * otherwise exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff and
 * Jitter"), which spreads retries of many callers instead of bunching them.
 */
export interface HeaderSource {
    get(name: string): string | null;
}
/** Milliseconds the server asked us to wait, or undefined when it did not say. */
export declare function retryAfterMs(headers: HeaderSource | undefined, now?: number): number | undefined;
/** OpenAI's x-ratelimit-reset-* format: "1s", "250ms", "6m0s", "1h2m3.5s". */
export declare function parseResetDuration(text: string | null): number | undefined;
/** Full jitter: a uniform wait in [0, min(cap, base · 2^retry)]. `retry` counts from 0. */
export declare function fullJitterMs(retry: number, baseMs: number, capMs: number, random?: () => number): number;
export declare function sleep(ms: number): Promise<void>;
