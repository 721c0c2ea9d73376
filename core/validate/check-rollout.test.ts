import { rm } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { copyRepoContent } from "../prompts/testing.ts";
import { breakFile, lineOf, problemLines } from "./testing.ts";

const CAMPAIGN = "campaigns/trial-expiration-3d/campaign.yaml";
const RELEASES = "prompts/trial_expiration_email/releases.yaml";

describe("validating a campaign's rollout block", () => {
  it("refuses the retired stage name full and lists the stages, at its line", async () => {
    const root = await copyRepoContent();
    const text = await breakFile(root, CAMPAIGN, "  stage: test", "  stage: full");
    expect(await problemLines(root, [CAMPAIGN])).toEqual([
      `${CAMPAIGN}:${lineOf(text, "stage: full")}:3: rollout.stage must be one of: "offline", "internal", "shadow", "test", "production" (found "full")`,
    ]);
    await rm(root, { recursive: true, force: true });
  });

  it("refuses a candidate version that has no prompt file", async () => {
    const root = await copyRepoContent();
    const text = await breakFile(root, CAMPAIGN, "  stage: test\n", "  stage: test\n  candidate: 12\n");
    expect(await problemLines(root, [CAMPAIGN])).toEqual([
      `${CAMPAIGN}:${lineOf(text, "candidate: 12")}:3: candidate version 12 does not exist: there is no prompts/trial_expiration_email/trial_expiration_email.v12.prompt (versions: 4, 5, 6, 7, 8)`,
    ]);
    await rm(root, { recursive: true, force: true });
  });

  it("asks for a candidate when neither campaign.yaml nor releases.yaml names one", async () => {
    const root = await copyRepoContent();
    await breakFile(root, RELEASES, "status: candidate", "status: archived");
    const text = await breakFile(root, CAMPAIGN, "  stage: test\n", "  stage: test\n");
    expect(await problemLines(root, [CAMPAIGN])).toEqual([
      `${CAMPAIGN}:${lineOf(text, "stage: test")}:3: stage test has no candidate: set rollout.candidate, or mark a version as candidate in prompts/trial_expiration_email/releases.yaml; until then every recipient gets production's drafts`,
    ]);
    await rm(root, { recursive: true, force: true });
  });

  it("refuses a results source that does not exist", async () => {
    const root = await copyRepoContent();
    const text = await breakFile(root, CAMPAIGN, "  stage: test\n", "  stage: test\n  results: { source: campaign_results }\n");
    const [problem] = await problemLines(root, [CAMPAIGN]);
    expect(problem).toMatch(new RegExp(`^${CAMPAIGN}:${lineOf(text, "results:")}:\\d+: source "campaign_results" does not exist: add sources/campaign_results.yaml \\(have: `));
    await rm(root, { recursive: true, force: true });
  });
});
