import { describe, expect, it } from "vitest";
import { conclusionFor, decideGate } from "./decision.ts";
import { exampleReport } from "./example.fixture.ts";

describe("the gate decision", () => {
  it("is the worst campaign or workflow outcome, with the highest risk", () => {
    const r = exampleReport();
    expect(decideGate(r.campaigns, r.workflows, false)).toEqual({ decision: "fail", risk: "medium" });
    expect(decideGate(r.campaigns.slice(0, 1), [], false)).toEqual({ decision: "review", risk: "medium" });
  });

  it("fails on an invalid file even when nothing else is affected", () => {
    expect(decideGate([], [], true)).toEqual({ decision: "fail", risk: null });
    expect(decideGate([], [], false)).toEqual({ decision: "pass", risk: null });
  });

  it("asks for review when a changed prompt's suite could not run", () => {
    const workflow = { ...exampleReport().workflows[0]!, decision: "not_run" as const };
    expect(decideGate([], [workflow], false)).toEqual({ decision: "review", risk: null });
    expect(decideGate([], [{ ...workflow, decision: "promote" }], false)).toEqual({ decision: "pass", risk: null });
  });

  it("leaves out a campaign already failing on the base, and takes the risk of rule changes", () => {
    const [review, failing] = exampleReport().campaigns;
    expect(decideGate([review!, { ...failing!, alreadyFailing: true }], [], false)).toEqual({ decision: "review", risk: "medium" });
    const claims = { kind: "claims" as const, reason: "policies/claims/claims_v14.yaml changed", risk: "high" as const, reviewers: ["legal"] };
    expect(decideGate([], [], false, [claims])).toEqual({ decision: "pass", risk: "high" });
  });

  it("asks for review, never passes, when the suite says 'not yet'", () => {
    const workflow = { ...exampleReport().workflows[0]!, decision: "not_yet" as const };
    expect(decideGate([], [workflow], false)).toEqual({ decision: "review", risk: null });
  });

  it("maps to a check conclusion according to fail-on", () => {
    expect(conclusionFor("fail", "fail")).toBe("failure");
    expect(conclusionFor("review", "fail")).toBe("neutral");
    expect(conclusionFor("review", "review")).toBe("failure");
    expect(conclusionFor("fail", "never")).toBe("neutral");
    expect(conclusionFor("pass", "review")).toBe("success");
  });
});
