import { describe, expect, it } from "vitest";
import { formatGithubAnnotation, formatProblem, sortProblems, summaryLine } from "./problems.ts";
import type { Problem } from "./problems.ts";

const problem = (path: string, line: number, message = "m"): Problem => ({ path, line, col: 1, message });

describe("problem output", () => {
  it("sorts by path, then line, and drops exact repeats", () => {
    const sorted = sortProblems([problem("b.yaml", 1), problem("a.yaml", 9), problem("a.yaml", 2), problem("a.yaml", 2)]);
    expect(sorted.map(formatProblem)).toEqual(["a.yaml:2:1: m", "a.yaml:9:1: m", "b.yaml:1:1: m"]);
  });

  it("escapes what a GitHub workflow command would misread", () => {
    expect(formatGithubAnnotation({ path: "prompts/a,b:c.prompt", line: 3, col: 7, message: "100% wrong\nsecond line" })).toBe(
      "::error file=prompts/a%2Cb%3Ac.prompt,line=3,col=7::100%25 wrong%0Asecond line",
    );
  });

  it("summarises in singular and plural", () => {
    expect(summaryLine([], 1)).toBe("ok: 1 file checked");
    expect(summaryLine([], 24)).toBe("ok: 24 files checked");
    expect(summaryLine([problem("a", 1)], 24)).toBe("1 problem in 1 file");
    expect(summaryLine([problem("a", 1), problem("a", 2), problem("b", 1)], 24)).toBe("3 problems in 2 files");
  });
});
