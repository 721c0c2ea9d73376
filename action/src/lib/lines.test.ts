import { describe, expect, it } from "vitest";
import { draftsAudienceLine, yamlKeyLine } from "./lines.ts";

const CAMPAIGN = `id: x
contract:
  audience_segment:
    source: cdp
  product_usage:
    source: product_usage
`;

describe("annotation line numbers", () => {
  it("point at the key of a contract input in campaign.yaml", () => {
    expect(yamlKeyLine(CAMPAIGN, ["contract", "product_usage"])).toBe(5);
    expect(yamlKeyLine(CAMPAIGN, ["contract", "audience_segment", "source"])).toBe(4);
  });

  it("fall back to the deepest key found, or line 1", () => {
    expect(yamlKeyLine(CAMPAIGN, ["contract", "missing"])).toBe(2);
    expect(yamlKeyLine("- a\n- b\n", ["contract"])).toBe(1);
  });

  it("point at a variant's audience in drafts.json", () => {
    const drafts = JSON.stringify({ variants: [{ audience: { key: "generic" } }, { audience: { key: "personalized:admin" } }] }, null, 2);
    expect(draftsAudienceLine(drafts, "personalized:admin")).toBe(10);
  });
});
