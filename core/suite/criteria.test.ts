import { describe, expect, it } from "vitest";
import { blocksPromotion, evaluateCriterion, validateCriteria } from "./criteria.ts";
import type { InputError } from "../errors.ts";
import type { Criterion } from "./types.ts";

const json: Criterion = { metric: "json_validity", op: ">", value: 0.99, label: "JSON validity above 99 percent" };
const claims: Criterion = { metric: "unsupported_claims", op: "<", value: 0.005, label: "Unsupported claims below 0.5 percent" };
const legal: Criterion = { metric: "legal_restricted_terms", op: "==", value: 0, label: "Legal restricted-term failures 0" };
const reviewer: Criterion = { metric: "reviewer_acceptance", op: ">", value: 0.9, label: "Reviewer acceptance above 90 percent" };

describe("promotion criteria", () => {
  it("passes when the whole interval is on the right side of the threshold", () => {
    const outcome = evaluateCriterion(json, { pass: 2000, total: 2000 });
    expect(outcome).toMatchObject({ status: "pass", observed: 1, count: 2000, total: 2000, observedMeets: true });
    expect(blocksPromotion(outcome)).toBe(false);
  });

  it("fails when the whole interval is on the wrong side", () => {
    const outcome = evaluateCriterion(reviewer, { pass: 60, total: 120 });
    expect(outcome.status).toBe("fail");
    expect(blocksPromotion(outcome)).toBe(true);
  });

  it("is inconclusive when the interval straddles the threshold, and then decides by what was observed", () => {
    const meets = evaluateCriterion(json, { pass: 120, total: 120 });
    expect(meets).toMatchObject({ status: "inconclusive", observedMeets: true });
    expect(blocksPromotion(meets)).toBe(false);
    const misses = evaluateCriterion(json, { pass: 118, total: 120 });
    expect(misses).toMatchObject({ status: "inconclusive", observedMeets: false });
    expect(blocksPromotion(misses)).toBe(true);
  });

  it("measures failure-rate metrics by the runs that failed", () => {
    const outcome = evaluateCriterion(claims, { pass: 118, total: 120 });
    expect(outcome).toMatchObject({ count: 2, total: 120, observedMeets: false });
    expect(outcome.observed).toBeCloseTo(2 / 120, 10);
  });

  it("treats an equality as a hard rule on the observed count", () => {
    expect(evaluateCriterion(legal, { pass: 120, total: 120 }).status).toBe("pass");
    expect(evaluateCriterion(legal, { pass: 119, total: 120 }).status).toBe("fail");
  });

  it("is skipped, and blocks, when nothing measured it", () => {
    const outcome = evaluateCriterion(reviewer, { pass: 0, total: 0 }, "no judge model");
    expect(outcome).toMatchObject({ status: "skipped", skippedReason: "no judge model" });
    expect(blocksPromotion(outcome)).toBe(true);
  });

  it("refuses a metric it cannot measure, naming the field", () => {
    expect(() => validateCriteria([json, { metric: "open_rate", op: ">", value: 0.3 }], "prompts/wf/releases.yaml")).toThrow('unknown promotion metric "open_rate"');
    expect(validateCriteria([json], "x")).toEqual([json]);
  });
});

describe("a threshold the interval touches exactly", () => {
  // 0 of 10 gives an interval from exactly 0; 10 of 10 one up to exactly 1 (wilson.ts clamps them).
  const on = (op: Criterion["op"], value: number, pass: number) => evaluateCriterion({ metric: "json_validity", op, value, label: "x" }, { pass, total: 10 }).status;

  it("does not count a bound equal to the value as above or below it", () => {
    expect(on(">", 0, 0)).toBe("inconclusive");
    expect(on("<", 1, 10)).toBe("inconclusive");
  });

  it("counts a bound equal to the value as at least or at most it", () => {
    expect(on(">=", 0, 0)).toBe("pass");
    expect(on("<=", 1, 10)).toBe("pass");
  });

  it("fails an at-most or at-least criterion the whole interval misses", () => {
    expect(on("<=", 0.2, 10)).toBe("fail");
    expect(on(">=", 0.8, 0)).toBe("fail");
  });

  it("holds an equality to any value, not only to 0", () => {
    expect(on("==", 1, 10)).toBe("pass");
    expect(on("==", 1, 9)).toBe("fail");
  });

  it("skips a criterion no run measured even without a reason given, and it blocks promotion", () => {
    const outcome = evaluateCriterion(json, { pass: 0, total: 0 });
    expect(outcome).toMatchObject({ status: "skipped", skippedReason: "no run measured it", observedMeets: false });
    expect(blocksPromotion(outcome)).toBe(true);
  });

  it("skips a criterion given a reason even when runs measured it", () => {
    expect(evaluateCriterion(json, { pass: 120, total: 120 }, "the judge model was off").status).toBe("skipped");
  });

  it("never blocks a pass", () => {
    expect(blocksPromotion(evaluateCriterion(json, { pass: 2000, total: 2000 }))).toBe(false);
  });
});

describe("refusing criteria it cannot measure", () => {
  const problem = (criteria: unknown[]): InputError | null => {
    try {
      validateCriteria(criteria, "prompts/wf/releases.yaml");
    } catch (error) {
      return error as InputError;
    }
    return null;
  };

  it("names the file and the criterion's metric field, and lists the metrics it knows", () => {
    expect(problem([json, { metric: "open_rate", op: ">", value: 0.3 }])).toMatchObject({
      message: 'unknown promotion metric "open_rate"',
      file: "prompts/wf/releases.yaml",
      field: "promotion.criteria[1].metric",
      hint: expect.stringMatching(/^use one of json_validity, /),
    });
    expect(problem([null])?.message).toBe('unknown promotion metric "undefined"');
  });

  it("refuses a metric written as a list, though its one item names a known metric", () => {
    expect(problem([{ metric: ["json_validity"], op: ">", value: 0.9 }])).toMatchObject({
      message: 'unknown promotion metric "json_validity"',
      field: "promotion.criteria[0].metric",
    });
  });

  it("asks for an operator and a numeric value", () => {
    expect(problem([{ metric: "json_validity", op: "~", value: 1 }])).toMatchObject({
      message: 'criterion "json_validity" needs op (> >= < <= ==) and a numeric value',
      file: "prompts/wf/releases.yaml",
      field: "promotion.criteria[0]",
    });
    expect(problem([{ metric: "json_validity", op: ">", value: "0.9" }])?.message).toMatch(/needs op/);
  });

  it("labels a criterion without a label from its metric, operator and value", () => {
    expect(validateCriteria([{ metric: "json_validity", op: ">", value: 0.99 }], "x")[0]?.label).toMatch(/ > 0\.99$/);
  });
});

describe("cases a 'not yet' needs", () => {
  it("is the smallest run count at which the observed rate's interval clears the threshold", async () => {
    const { runsToSettle } = await import("./decision.ts");
    const { wilsonInterval } = await import("./wilson.ts");
    const criterion = { metric: "json_validity", op: ">" as const, value: 0.99, label: "JSON validity above 99 percent" };
    const outcome = evaluateCriterion(criterion, { pass: 120, total: 120 });
    expect(outcome.status).toBe("inconclusive");
    const needed = runsToSettle(outcome)!;
    expect(needed).toBe(381); // n/(n+z²) > 0.99 ⇔ n > 99·z² = 380.3
    expect(wilsonInterval(needed, needed).low).toBeGreaterThan(0.99);
    expect(wilsonInterval(needed - 1, needed - 1).low).toBeLessThanOrEqual(0.99);
  });
  it("gives no number when the observed rate sits on the threshold", async () => {
    const { runsToSettle } = await import("./decision.ts");
    const outcome = evaluateCriterion({ metric: "json_validity", op: ">=", value: 0.5, label: "half" }, { pass: 5, total: 10 });
    expect(runsToSettle(outcome)).toBeNull();
  });
});
