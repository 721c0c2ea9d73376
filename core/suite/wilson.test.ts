import { describe, expect, it } from "vitest";
import { wilsonInterval } from "./wilson.ts";

describe("Wilson 95% interval", () => {
  it("matches published values", () => {
    // Reference values (Newcombe 1998, Table I; Brown, Cai & DasGupta 2001).
    const half = wilsonInterval(5, 10);
    expect(half.low).toBeCloseTo(0.2366, 4);
    expect(half.high).toBeCloseTo(0.7634, 4);
    const none = wilsonInterval(0, 10);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.2775, 4);
    const all = wilsonInterval(10, 10);
    expect(all.low).toBeCloseTo(0.7225, 4);
    expect(all.high).toBe(1);
  });

  it("narrows as the sample grows, so 118/120 is not read as certain", () => {
    const small = wilsonInterval(118, 120);
    const large = wilsonInterval(11800, 12000);
    expect(small.low).toBeCloseTo(0.9411, 3);
    expect(small.high).toBeCloseTo(0.9954, 3);
    expect(large.high - large.low).toBeLessThan((small.high - small.low) / 5);
  });

  it("says nothing is known with no runs", () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });
});

describe("Wilson interval at the edges", () => {
  // The formula's lower bound for 0 successes is 0 only up to float noise (5.6e-17 for 3 runs): a
  // criterion such as "pass rate > 0" must not be met by a run that never passed.
  it("starts at exactly 0 with no successes and ends at exactly 1 with all, whatever the sample size", () => {
    for (const total of [1, 2, 3, 6, 7, 12, 120]) {
      expect(wilsonInterval(0, total).low, `0/${total}`).toBe(0);
      expect(wilsonInterval(total, total).high, `${total}/${total}`).toBe(1);
    }
  });
});
