import { describe, expect, it } from "vitest";
import { annotationBatches, planWorkflowCommands, toCheckRunAnnotation } from "./annotations.ts";
import type { Finding } from "./types.ts";

const finding = (level: Finding["level"], line: number): Finding => ({ path: "campaigns/x/campaign.yaml", line, level, title: "schema", message: `problem at ${line}` });

describe("annotations", () => {
  it("turns a finding into the check-run annotation shape GitHub expects", () => {
    expect(toCheckRunAnnotation(finding("failure", 12))).toEqual({
      path: "campaigns/x/campaign.yaml",
      start_line: 12,
      end_line: 12,
      annotation_level: "failure",
      title: "schema",
      message: "problem at 12",
    });
  });

  it("places a finding without a line on line 1", () => {
    expect(toCheckRunAnnotation(finding("warning", 0)).start_line).toBe(1);
  });

  it("sends at most 50 annotations per check-run request", () => {
    const batches = annotationBatches(Array.from({ length: 123 }, (_, i) => i));
    expect(batches.map((b) => b.length)).toEqual([50, 50, 23]);
    expect(batches.flat()).toEqual(Array.from({ length: 123 }, (_, i) => i));
  });

  it.each([
    [1, [1]],
    [49, [49]],
    [50, [50]],
    [51, [50, 1]],
    [100, [50, 50]],
    [101, [50, 50, 1]],
  ])("splits %i annotations into requests of %j, keeping their order", (count, sizes) => {
    const annotations = Array.from({ length: count }, (_, i) => i);
    const batches = annotationBatches(annotations);
    expect(batches.map((b) => b.length)).toEqual(sizes);
    expect(batches.flat()).toEqual(annotations);
  });

  it("still makes one request when there is nothing to annotate", () => {
    expect(annotationBatches([])).toEqual([[]]);
  });

  it("shows 10 errors and 10 warnings on the step and leaves the rest to the check run", () => {
    const findings = [...Array.from({ length: 12 }, (_, i) => finding("failure", i + 1)), ...Array.from({ length: 3 }, (_, i) => finding("warning", 100 + i))];
    const plan = planWorkflowCommands(findings);
    expect(plan.shown.map((f) => f.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 101, 102]);
    expect(plan.overflow.map((f) => f.line)).toEqual([11, 12]);
  });
});

describe("the runner log", () => {
  it("says in one line how many problems the step does not show, and where they are", async () => {
    const { runnerLogPlan } = await import("./annotations.ts");
    const findings = Array.from({ length: 14 }, (_, i) => finding("failure", i + 1));
    expect(runnerLogPlan(findings, "the check run")).toEqual({ shown: findings.slice(0, 10), moreLine: "and 4 more problems: see the check run" });
    expect(runnerLogPlan(findings.slice(0, 10), "the check run").moreLine).toBeNull();
  });

  it("says 'problem' for a single one more", async () => {
    const { runnerLogPlan } = await import("./annotations.ts");
    const findings = Array.from({ length: 11 }, (_, i) => finding("warning", i + 1));
    expect(runnerLogPlan(findings, "the job summary").moreLine).toBe("and 1 more problem: see the job summary");
  });
});
