import { describe, expect, it } from "vitest";
import { FRESHNESS_DECISION_TEXT, humanAge } from "./format.ts";

describe("humanAge", () => {
  it("says an age in minutes, hours or days as people do", () => {
    expect([null, 0.25, 1 / 60, 1, 3.4, 47.6, 48, 1592.5, 2160].map(humanAge)).toEqual([
      "-", "15 minutes", "1 minute", "1 hour", "3 hours", "48 hours", "2 days", "66 days", "90 days",
    ]);
  });
});

describe("the freshness decision as a sentence", () => {
  it("has one sentence per decision", () => {
    expect(FRESHNESS_DECISION_TEXT).toEqual({
      proceed: "proceed: every input is fresh enough",
      proceed_with_generic_variant: "proceed, with the generic variant where personal data is stale",
      route_to_review: "proceed, and route the drafts to a reviewer",
      stop_before_generation: "stop before generation: no model is called",
    });
  });
});
