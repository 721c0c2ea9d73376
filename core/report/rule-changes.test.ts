import { describe, expect, it } from "vitest";
import { isInputError } from "../errors.ts";
import { parseReviewerMap } from "./reviewers.ts";
import { parseRuleRouting, ruleChanges } from "./rule-changes.ts";

const uses = { campaigns: [], production: { trial_expiration_email: { base: 7, head: 8 }, paid_search_ads: { base: 1, head: 1 } } };

describe("changes to the rules themselves", () => {
  it("route a production move to lifecycle marketing (medium), claims and legal to legal (high), brand to brand", () => {
    const changed = [
      { filename: "policies/brand/brand_v6.yaml", status: "modified" },
      { filename: "policies/claims/claims_v15.yaml", status: "added" },
      { filename: "README.md", status: "modified" },
    ];
    expect(ruleChanges(changed, uses)).toEqual([
      { kind: "production", reason: "prompts/trial_expiration_email/releases.yaml: production v7 → v8", risk: "medium", reviewers: ["lifecycle-marketing"] },
      { kind: "brand", reason: "policies/brand/brand_v6.yaml changed", risk: "medium", reviewers: ["brand"] },
      { kind: "claims", reason: "policies/claims/claims_v15.yaml added", risk: "high", reviewers: ["legal"] },
    ]);
  });

  it("are configured by change: lines in the reviewer file, which the owner map ignores", () => {
    const text = "legal @lumora/legal\nchange:production high lifecycle-marketing brand  # both look\n";
    expect(parseRuleRouting(text).production).toEqual({ risk: "high", reviewers: ["lifecycle-marketing", "brand"] });
    expect(parseRuleRouting(text).legal).toEqual({ risk: "high", reviewers: ["legal"] });
    expect(parseReviewerMap(text)).toEqual({ legal: ["@lumora/legal"] });
  });

  it("refuse an unknown change or risk, naming the line and what to write", () => {
    const refusal = (text: string) => {
      try {
        parseRuleRouting(text);
      } catch (error) {
        return isInputError(error) ? error.format() : String(error);
      }
      return "accepted";
    };
    expect(refusal("\nchange:prices high legal")).toBe('.github/copygate-reviewers:2:1: unknown rule change "change:prices" — use one of change:production, change:claims, change:legal, change:brand');
    expect(refusal("change:brand urgent brand")).toBe('.github/copygate-reviewers:1:1: "change:brand" needs a risk level, not "urgent" — write change:brand low|medium|high <reviewer group…>');
  });
});
