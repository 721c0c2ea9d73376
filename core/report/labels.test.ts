import { describe, expect, it } from "vitest";
import { RISK_LABELS, riskLabelChange } from "./labels.ts";

describe("the risk label", () => {
  it("names the three levels copygate:risk-low, -medium and -high", () => {
    expect(RISK_LABELS).toEqual({ low: "copygate:risk-low", medium: "copygate:risk-medium", high: "copygate:risk-high" });
  });

  it("replaces an earlier risk label and leaves other labels alone", () => {
    expect(riskLabelChange(["copygate:risk-low", "marketing"], "high")).toEqual({ add: "copygate:risk-high", remove: ["copygate:risk-low"] });
  });

  it("adds nothing when the right label is already there", () => {
    expect(riskLabelChange(["copygate:risk-medium"], "medium")).toEqual({ add: null, remove: [] });
  });

  it("removes every risk label when no risk level is known", () => {
    expect(riskLabelChange(["copygate:risk-medium", "bug"], null)).toEqual({ add: null, remove: ["copygate:risk-medium"] });
  });
});
