import { describe, expect, it } from "vitest";
import { newRunId, newTraceId } from "./ids.ts";

describe("newTraceId", () => {
  it("is trace_ followed by 32 lowercase hex characters, a valid OpenTelemetry trace id", () => {
    expect(newTraceId()).toMatch(/^trace_[0-9a-f]{32}$/);
  });

  it("never repeats across ten thousand runs", () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => newTraceId()));
    expect(ids.size).toBe(10_000);
  });
});

describe("newRunId", () => {
  it("names the run by its UTC minute plus a four-hex suffix", () => {
    const id = newRunId(new Date("2026-06-01T08:30:59.999Z"));
    expect(id).toMatch(/^run_2026_06_01_0830_[0-9a-f]{4}$/);
  });

  it("uses UTC, not the local clock, for the date and minute", () => {
    // 23:05 at UTC-7 on May 31 is 06:05 UTC on June 1.
    expect(newRunId(new Date("2026-05-31T23:05:00-07:00"))).toMatch(/^run_2026_06_01_0605_/);
  });

  it("keeps runs started in the same minute apart", () => {
    const now = new Date("2026-06-01T08:30:00Z");
    const ids = new Set(Array.from({ length: 50 }, () => newRunId(now)));
    expect(ids.size).toBeGreaterThan(45); // 4 hex = 65,536 values; 50 draws almost never collide
  });

  it("refuses an invalid date instead of writing run_NaN", () => {
    expect(() => newRunId(new Date("not a date"))).toThrow("valid date");
  });
});
