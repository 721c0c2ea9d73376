/** The `root` input: copygate's files in a sub-folder of a larger repository. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixtureRepo, pullRequestPayload, startGitHubTwin } from "../github-twin/index.ts";
import type { FixtureRepo, GitHubTwin } from "../github-twin/index.ts";
import { CAMPAIGN_FILE, rewordedCampaign } from "./changes.ts";
import { exampleContent } from "./content.ts";
import { runBuiltAction } from "./run-action.ts";

let repo: FixtureRepo;
let twin: GitHubTwin;
let baseSha: string;
beforeAll(async () => {
  const content = await exampleContent();
  repo = await createFixtureRepo({ "app/index.ts": "export {};\n", ...Object.fromEntries(Object.entries(content).map(([path, text]) => [`marketing/${path}`, text])) });
  baseSha = await repo.git("rev-parse", "HEAD");
  twin = await startGitHubTwin({ repoDir: repo.dir, owner: "lumora", repo: "platform" });
});
afterAll(async () => {
  twin.assertNoViolations();
  await twin.close();
  await repo.remove();
});

describe("a copygate root in a sub-folder", () => {
  it("maps changed files under the root, ignores the rest, and annotates at repository paths", async () => {
    const broken = (await rewordedCampaign()).replace("subject_max_chars: 50", "subject_max_chars: fifty");
    const head = await repo.commit("brief", { [`marketing/${CAMPAIGN_FILE}`]: broken, "app/index.ts": "export const x = 1;\n" }, "Brief and app change", "main");
    twin.addPullRequest({ number: 3, base: "main", head: "brief", title: "Brief and app change" });
    const payload = pullRequestPayload({ url: twin.url, owner: "lumora", repo: "platform" }, { action: "opened", number: 3, title: "Brief and app change", base: { ref: "main", sha: baseSha }, head: { ref: "brief", sha: head } });
    const result = await runBuiltAction({ apiUrl: twin.url, repository: "lumora/platform", workspace: repo.dir, eventName: "pull_request", payload, headSha: head, inputs: { root: "marketing" } });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain("copygate: 1 changed file; 1 campaign and 0 workflows affected\n");
    const [check] = twin.state.checkRuns;
    expect(check!.output.annotations.map((a) => `${a.path}:${a.start_line} ${a.title}`)).toEqual([
      `marketing/${CAMPAIGN_FILE}:8 invalid file`,
      `marketing/${CAMPAIGN_FILE}:31 data freshness`,
    ]);
    // This repository never committed drafts: that failure is main's (read from the base commit under the root), not this pull request's.
    expect(result.summary).toContain("### Already failing on `main` (1)\n\nThese problems exist on `main` too: they are shown for information and do not fail this pull request.\n\n**Campaign `trial-expiration-3d`**\n\n- ⛔ `marketing/campaigns/trial-expiration-3d/drafts.json:1` drafts not current: campaigns/trial-expiration-3d/drafts.json does not exist. To regenerate: fix campaigns/trial-expiration-3d/campaign.yaml first");
  });
});
