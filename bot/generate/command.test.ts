import { describe, expect, it } from "vitest";
import { normalizeCampaignDir } from "./campaigns.ts";
import { parseGenerateCommand } from "./command.ts";

describe("the /copygate generate command", () => {
  it("is read from the comment's first line, with any campaign folders after it", () => {
    expect(parseGenerateCommand("/copygate generate")).toEqual({ campaigns: [] });
    expect(parseGenerateCommand("  /copygate  generate campaigns/a  b \r\nthanks!")).toEqual({ campaigns: ["campaigns/a", "b"] });
  });

  it("is not found in other text", () => {
    for (const body of ["please /copygate generate", "/copygate generated", "/copygate", "thanks\n/copygate generate", "/copygate generate-all"]) {
      expect(parseGenerateCommand(body), body).toBeNull();
    }
  });

  it("accepts a campaign by folder or by name, and nothing outside campaigns/", () => {
    expect(normalizeCampaignDir("trial-expiration-3d")).toBe("campaigns/trial-expiration-3d");
    expect(normalizeCampaignDir("./campaigns/trial-expiration-3d/")).toBe("campaigns/trial-expiration-3d");
    for (const given of ["../secrets", "campaigns/../prompts", "prompts/wf", "campaigns/a/b", "campaigns/.git", ".."]) expect(normalizeCampaignDir(given), given).toBeNull();
  });
});
