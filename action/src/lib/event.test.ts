import { describe, expect, it } from "vitest";
import { modelCallRefusal, readGateEvent } from "./event.ts";

const pullRequest = (headRepo: Record<string, unknown> | null) => ({
  pull_request: {
    number: 7,
    user: { login: "octo-marketer" },
    base: { sha: "b".repeat(40), repo: { full_name: "lumora/marketing" } },
    head: { sha: "h".repeat(40), repo: headRepo },
  },
});

describe("the triggering event", () => {
  it("gives the pull request's base, head and author", () => {
    expect(readGateEvent("pull_request", pullRequest({ full_name: "lumora/marketing", fork: false }), undefined)).toEqual({
      name: "pull_request", pullRequest: 7, baseSha: "b".repeat(40), baseRef: "the base branch", headSha: "h".repeat(40), author: "octo-marketer", fromFork: false,
    });
  });

  it("knows a pull request from a fork, or from a deleted head repository, as untrusted", () => {
    expect(readGateEvent("pull_request", pullRequest({ full_name: "someone/marketing", fork: true }), undefined).fromFork).toBe(true);
    expect(readGateEvent("pull_request", pullRequest(null), undefined).fromFork).toBe(true);
  });

  it("compares a dispatched run's commit against the base ref it was given", () => {
    expect(readGateEvent("workflow_dispatch", { inputs: { base: "main" } }, "c".repeat(40))).toMatchObject({ pullRequest: null, baseSha: "main", headSha: "c".repeat(40) });
    expect(() => readGateEvent("workflow_dispatch", {}, "c".repeat(40))).toThrow("workflow_dispatch needs a base ref to compare against");
  });

  it("refuses events it cannot gate", () => {
    expect(() => readGateEvent("push", {}, "c")).toThrow('copygate does not run on "push" events');
  });

  it("refuses model calls under pull_request_target and skips them for forks", () => {
    const trusted = readGateEvent("pull_request", pullRequest({ full_name: "lumora/marketing" }), undefined);
    expect(modelCallRefusal(trusted)).toBeNull();
    expect(modelCallRefusal({ ...trusted, name: "pull_request_target" })).toMatch(/^Model calls refused: under pull_request_target/);
    expect(modelCallRefusal({ ...trusted, fromFork: true })).toMatch(/^Model calls skipped: this pull request comes from a fork/);
  });
});
