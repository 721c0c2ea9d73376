import { describe, expect, it } from "vitest";
import { normalizeRoot, underRoot } from "./paths.ts";

describe("changed files under the copygate root", () => {
  it("are kept as they are when the root is the repository", () => {
    const files = [{ filename: "prompts/wf/wf.v2.prompt", status: "added" }];
    expect(underRoot(files, ".")).toEqual(files);
  });

  it("are made relative to a sub-folder root, and files outside it are dropped", () => {
    const files = [
      { filename: "marketing/campaigns/x/campaign.yaml", status: "renamed", previous_filename: "marketing/campaigns/y/campaign.yaml" },
      { filename: "app/src/index.ts", status: "modified" },
    ];
    expect(underRoot(files, "./marketing/")).toEqual([{ filename: "campaigns/x/campaign.yaml", status: "renamed", previous_filename: "campaigns/y/campaign.yaml" }]);
  });

  it("normalise the root input", () => {
    expect([".", "", "./", "marketing", "./marketing/"].map(normalizeRoot)).toEqual(["", "", "", "marketing/", "marketing/"]);
  });
});
