/** One twin over one small copygate-like repository with a pull request, for the twin's own tests. */
import { Octokit } from "@octokit/rest";
import { createFixtureRepo, type FixtureRepo } from "./fixture-repo.ts";
import { startGitHubTwin, type GitHubTwin } from "./twin.ts";

export const OWNER = "acme";
export const REPO = "marketing-copy";

export interface TwinFixture {
  repo: FixtureRepo;
  twin: GitHubTwin;
  octokit: Octokit;
  baseSha: string;
  headSha: string;
  close(): Promise<void>;
}

export async function startTwinFixture(identity = "github-actions[bot]"): Promise<TwinFixture> {
  const repo = await createFixtureRepo({
    "README.md": "# Marketing copy\n",
    "prompts/trial_expiration_email/v7.prompt": "---\nname: trial_expiration_email\n---\nWrite the email.\n",
    "policies/legal.yaml": "banned_words: [guarantee]\n",
  });
  const baseSha = await repo.git("rev-parse", "main");
  await repo.commit("prompt-v8", {
    "prompts/trial_expiration_email/v8.prompt": "---\nname: trial_expiration_email\n---\nWrite a shorter email.\n",
    "policies/legal.yaml": "banned_words: [guarantee, free forever]\n",
  }, "Add prompt v8");
  const headSha = await repo.commit("prompt-v8", { "README.md": null }, "Drop the README");
  const twin = await startGitHubTwin({ repoDir: repo.dir, owner: OWNER, repo: REPO, identity });
  twin.addPullRequest({ number: 12, base: "main", head: "prompt-v8", title: "Promote prompt v8", user: "octo-marketer" });
  const octokit = new Octokit({ baseUrl: twin.url, auth: "ghs_twin_token", log: { debug() {}, info() {}, warn() {}, error() {} } });
  return {
    repo, twin, octokit, baseSha, headSha,
    async close() {
      await twin.close();
      await repo.remove();
    },
  };
}
