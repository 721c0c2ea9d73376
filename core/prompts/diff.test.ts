import { describe, expect, it } from "vitest";
import { unifiedDiff } from "./index.ts";

const lines = (n: number, change: Record<number, string> = {}) => Array.from({ length: n }, (_, i) => change[i + 1] ?? `line ${i + 1}`).join("\n") + "\n";

describe("the unified diff", () => {
  it("shows a changed line with three lines of context, deletions first", () => {
    expect(unifiedDiff(lines(10), lines(10, { 5: "line five" }), "a.prompt", "b.prompt")).toBe(
      ["--- a.prompt", "+++ b.prompt", "@@ -2,7 +2,7 @@", " line 2", " line 3", " line 4", "-line 5", "+line five", " line 6", " line 7", " line 8", ""].join("\n"),
    );
  });

  it("keeps far-apart changes in separate hunks and counts added lines", () => {
    const after = lines(20, { 2: "line 2\nnew line" }).replace("line 19\n", "");
    expect(unifiedDiff(lines(20), after, "a", "b")).toBe(
      ["--- a", "+++ b", "@@ -1,5 +1,6 @@", " line 1", " line 2", "+new line", " line 3", " line 4", " line 5", "@@ -16,5 +17,4 @@", " line 16", " line 17", " line 18", "-line 19", " line 20", ""].join("\n"),
    );
  });

  it("is empty for identical texts", () => {
    expect(unifiedDiff("a\nb\n", "a\nb\n", "x", "y")).toBe("");
  });
});
