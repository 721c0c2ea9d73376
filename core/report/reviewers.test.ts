import { describe, expect, it } from "vitest";
import { InputError } from "../errors.ts";
import { parseReviewerMap, reviewRequest } from "./reviewers.ts";

describe("reviewer groups", () => {
  it("map to teams and users from a CODEOWNERS-style file", () => {
    const map = parseReviewerMap("# group owners\nlegal  @lumora/legal\nbrand @lumora/brand @dana  # brand lead\n");
    expect(map).toEqual({ legal: ["@lumora/legal"], brand: ["@lumora/brand", "@dana"] });
    expect(reviewRequest(["brand", "legal"], map, "lumora")).toEqual({ reviewers: ["dana"], team_reviewers: ["brand", "legal"] });
  });

  it("fall back to the organisation's team of the same name", () => {
    expect(reviewRequest(["lifecycle-marketing"], {}, "lumora")).toEqual({ reviewers: [], team_reviewers: ["lifecycle-marketing"] });
  });

  it("reject a line without owners, naming the file and line", () => {
    try {
      parseReviewerMap("legal @lumora/legal\nbrand\n");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).format()).toBe('.github/copygate-reviewers:2:1: "brand" is not "<group> @org/team|@user …" — write the group name, then one or more @org/team or @user owners');
    }
  });
});
