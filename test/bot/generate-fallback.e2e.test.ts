import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "../../simulator/index.ts";
import type { DraftsFile } from "../../core/model/index.ts";
import { branchSha, comment, gitWrites, openPullRequest, replies, startGenerateWorld, TRIAL, type GenerateWorld } from "./generate-harness.ts";

let world: GenerateWorld;
let yaml: string;
/** An endpoint that answers (GET /models works) but serves none of the campaign's models. */
let wrongModels: RunningSimulator;

beforeAll(async () => {
  world = await startGenerateWorld();
  world.twin.state.collaborators.set("octo-marketer", "write");
  yaml = await readFile(join(world.repo.dir, TRIAL, "campaign.yaml"), "utf8");
  wrongModels = await startSimulator({ seed: "bot-fallback", knownModels: ["a-model-this-team-does-not-use"] });
  world.env.OPENAI_BASE_URL = wrongModels.url;
}, 120_000);
afterAll(async () => {
  await wrongModels?.close();
  await world?.close();
});

const VARIANTS = "personalized:admin, personalized:analyst, personalized:viewer, generic";
const brief = (text: string) => text.replace("Keep everything you built during the trial", "Keep every dashboard you built during the trial");

describe("when the model does not answer, fallback templates are committed only where the campaign allows it", () => {
  it("commits nothing for a campaign that does not allow it", async () => {
    const head = await openPullRequest(world, { number: 61, branch: "fallback-not-allowed", files: { [`${TRIAL}/campaign.yaml`]: brief(yaml) } });
    await comment(world, { number: 61, body: "/copygate generate", user: "octo-marketer" });
    await world.handle.idle();
    expect(replies(world, 61)).toEqual([
      `@octo-marketer the model did not answer for \`${TRIAL}\` (${VARIANTS} fell back to the approved template), and the campaign does not set \`generation.commit_fallback_template: true\`, so nothing was committed. Comment \`/copygate generate\` again once the model answers.`,
    ]);
    expect(gitWrites(world)).toEqual([]);
    expect(await branchSha(world, "fallback-not-allowed")).toBe(head);
  }, 120_000);

  it("commits the fallback drafts for a campaign that sets generation.commit_fallback_template, and says so", async () => {
    const allowed = brief(yaml).replace("  fallback_models: [gpt-4.1-mini]\n", "  fallback_models: [gpt-4.1-mini]\n  commit_fallback_template: true\n");
    expect(allowed).toContain("commit_fallback_template: true");
    const head = await openPullRequest(world, { number: 62, branch: "fallback-allowed", files: { [`${TRIAL}/campaign.yaml`]: allowed } });
    await comment(world, { number: 62, body: "/copygate generate", user: "octo-marketer" });
    await world.handle.idle();
    const newHead = await branchSha(world, "fallback-allowed");
    expect(await world.repo.git("rev-parse", `${newHead}^`)).toBe(head);
    const drafts = JSON.parse(await world.repo.git("show", `${newHead}:${TRIAL}/drafts.json`)) as DraftsFile;
    expect(drafts.variants.map((v) => v.source)).toEqual(["fallback_template", "fallback_template", "fallback_template", "fallback_template"]);
    const [reply] = replies(world, 62);
    expect(reply!.split("\n")).toContain(`- Approved fallback template used for ${VARIANTS} (the campaign allows committing it)`);
    expect(drafts.checkpoint.verdict).not.toBe("pass");
    world.twin.assertNoViolations();
  }, 120_000);
});
