import { describe, expect, it } from "vitest";
import { measureActionColdStart } from "../../bench/action-cold-start.ts";

describe("the Action's cold-start measurement", () => {
  it("times the built bundle from spawn to its first GitHub API request, before the run ends", async () => {
    const cold = await measureActionColdStart(1);
    expect(cold.firstRequestMs).toHaveLength(1);
    expect(cold.firstRequestMs[0]).toBeGreaterThan(0);
    expect(cold.firstRequestMs[0]).toBeLessThan(cold.totalMs[0]!);
    expect(cold.medianFirstRequestMs).toBe(cold.firstRequestMs[0]);
  }, 60_000);
});
