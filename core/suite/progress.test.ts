import { describe, expect, it } from "vitest";
import { progressBar, progressLine } from "./progress.ts";
import { datasetLabel } from "./report.ts";

describe("progress text", () => {
  it("draws a bar for a terminal", () => {
    expect(progressBar({ done: 80, total: 240, cached: 12, errors: 1 })).toBe("[##########--------------------] 80/240 runs · 12 cached · 1 errors");
    expect(progressBar({ done: 0, total: 0, cached: 0, errors: 0 })).toBe("[##############################] 0/0 runs · 0 cached · 0 errors");
  });

  it("prints a quiet line only at each tenth of the way in CI", () => {
    const lines = Array.from({ length: 240 }, (_, i) => progressLine({ done: i + 1, total: 240, cached: 0, errors: 0 })).filter((l) => l !== null);
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe("eval: 24/240 runs (10%), 0 cached, 0 errors");
    expect(lines[9]).toBe("eval: 240/240 runs (100%), 0 cached, 0 errors");
    expect(progressLine({ done: 7, total: 7, cached: 7, errors: 0 })).toBe("eval: 7/7 runs (100%), 7 cached, 0 errors");
  });
});

describe("the dataset line", () => {
  it("names what the files hold", () => {
    expect(datasetLabel({ total_cases: 120, datasets: [{ path: "datasets/trial_expiration_email/historical_briefs.jsonl", cases: 120 }] })).toBe("120 historical campaign briefs");
    expect(datasetLabel({ total_cases: 15, datasets: [{ path: "datasets/x/edge_cases.jsonl", cases: 15 }] })).toBe("15 edge cases");
    expect(datasetLabel({ total_cases: 135, datasets: [{ path: "d/historical_briefs.jsonl", cases: 120 }, { path: "d/edge_cases.jsonl", cases: 15 }] }))
      .toBe("135 cases (120 historical campaign briefs, 15 edge cases)");
  });
});
