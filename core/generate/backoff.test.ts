import { describe, expect, it } from "vitest";
import { fullJitterMs, parseResetDuration, retryAfterMs } from "./backoff.ts";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("waiting before a retry", () => {
  it("reads retry-after-ms first, then Retry-After in seconds (fractional too), then as an HTTP date", () => {
    expect(retryAfterMs(headers({ "retry-after-ms": "250", "retry-after": "3" }))).toBe(250);
    expect(retryAfterMs(headers({ "retry-after": "0.2" }))).toBe(200);
    expect(retryAfterMs(headers({ "retry-after": "2" }))).toBe(2000);
    const now = Date.parse("2026-06-01T08:30:00Z");
    expect(retryAfterMs(headers({ "retry-after": "Mon, 01 Jun 2026 08:30:05 GMT" }), now)).toBe(5000);
    expect(retryAfterMs(headers({}))).toBeUndefined();
    expect(retryAfterMs(headers({ "retry-after": "soon" }))).toBeUndefined();
  });

  it("parses OpenAI's x-ratelimit-reset durations", () => {
    expect(parseResetDuration("1s")).toBe(1000);
    expect(parseResetDuration("200ms")).toBe(200);
    expect(parseResetDuration("6m0s")).toBe(360_000);
    expect(parseResetDuration("1h2m3.5s")).toBe(3_723_500);
    expect(parseResetDuration("0.5")).toBe(500);
    expect(parseResetDuration("later")).toBeUndefined();
    expect(parseResetDuration(null)).toBeUndefined();
  });

  it("draws full-jitter waits between zero and the capped exponential ceiling", () => {
    expect(fullJitterMs(0, 500, 8000, () => 0.999)).toBe(499);
    expect(fullJitterMs(3, 500, 8000, () => 0.5)).toBe(2000);
    expect(fullJitterMs(10, 500, 8000, () => 0.5)).toBe(4000);
    expect(fullJitterMs(2, 500, 8000, () => 0)).toBe(0);
  });
});
