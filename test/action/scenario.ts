/**
 * One end-to-end scenario: the example repository as a real git repo (with drafts generated for
 * today's inputs on main), the GitHub twin serving it, and helpers to open a pull request with
 * changes and run the built Action on it.
 */
import { createGenerator } from "../../core/generate/index.ts";
import { demoClock } from "../../core/contract/index.ts";
import { runGeneration, serializeDrafts } from "../../core/pipeline/index.ts";
import { startSimulator } from "../../simulator/index.ts";
import { createFixtureRepo, pullRequestPayload, startGitHubTwin } from "../github-twin/index.ts";
import type { FixtureRepo, GitHubTwin } from "../github-twin/index.ts";
import { exampleContent } from "./content.ts";
import { runBuiltAction } from "./run-action.ts";
import type { ActionResult } from "./run-action.ts";

export const OWNER = "lumora";
export const REPO = "marketing";
export const TRIAL_CAMPAIGN = "campaigns/trial-expiration-3d";

export interface Scenario {
  repo: FixtureRepo;
  twin: GitHubTwin;
  baseSha: string;
  close(): Promise<void>;
}

export async function startScenario(identity = "github-actions[bot]"): Promise<Scenario> {
  const repo = await createFixtureRepo(await exampleContent());
  const baseSha = await repo.commit("main", await generateDraftFiles(repo.dir, TRIAL_CAMPAIGN), "Generate drafts");
  const twin = await startGitHubTwin({ repoDir: repo.dir, owner: OWNER, repo: REPO, identity });
  return {
    repo,
    twin,
    baseSha,
    async close() {
      await twin.close();
      await repo.remove();
    },
  };
}

/** drafts.json for the campaign, as `copygate generate` writes it, from the bundled simulator. */
export async function generateDrafts(root: string, campaignDir: string): Promise<string> {
  return (await generateDraftFiles(root, campaignDir))[`${campaignDir}/drafts.json`]!;
}

/** drafts.json and the rendered emails beside it, keyed by repository path, ready to commit. */
export async function generateDraftFiles(root: string, campaignDir: string): Promise<Record<string, string>> {
  const simulator = await startSimulator({ seed: 1 });
  try {
    const generator = createGenerator({ baseURL: simulator.url, apiKey: "sim", cacheDir: null });
    const run = await runGeneration({ root, campaignDir, now: await demoClock(root), generator });
    if (!run.drafts) throw new Error(`test setup: generation stopped for ${campaignDir}: ${run.freshness.notes.join("; ")}`);
    const rendered = Object.fromEntries(Object.entries(run.rendered).map(([path, bytes]) => [`${campaignDir}/${path}`, bytes]));
    return { [`${campaignDir}/drafts.json`]: serializeDrafts(run.drafts), ...rendered };
  } finally {
    await simulator.close();
  }
}

export interface PullRequestChange {
  number: number;
  branch: string;
  title: string;
  files: Record<string, string | null>;
  fromFork?: boolean;
}

/** Commits the change on its branch (from main) and registers the pull request with the twin. */
export async function openPullRequest(scenario: Scenario, change: PullRequestChange): Promise<string> {
  const headSha = await scenario.repo.commit(change.branch, change.files, change.title, "main");
  scenario.twin.addPullRequest({ number: change.number, base: "main", head: change.branch, title: change.title, user: "octo-marketer", headRepoFork: change.fromFork ?? false });
  return headSha;
}

/** A further push to the pull request's branch. */
export async function pushToPullRequest(scenario: Scenario, change: PullRequestChange, files: Record<string, string | null>): Promise<string> {
  return scenario.repo.commit(change.branch, files, `Update ${change.title}`);
}

export async function runOnPullRequest(
  scenario: Scenario,
  change: PullRequestChange,
  headSha: string,
  options: { inputs?: Record<string, string>; env?: Record<string, string>; eventName?: string } = {},
): Promise<ActionResult> {
  const target = { url: scenario.twin.url, owner: OWNER, repo: REPO };
  const payload = pullRequestPayload(target, {
    action: "synchronize",
    number: change.number,
    title: change.title,
    base: { ref: "main", sha: scenario.baseSha },
    head: { ref: change.branch, sha: headSha },
  });
  if (change.fromFork) {
    const head = (payload.pull_request as { head: { repo: Record<string, unknown> } }).head;
    head.repo = { ...head.repo, fork: true, full_name: `contributor/${REPO}`, name: REPO };
  }
  return runBuiltAction({
    apiUrl: scenario.twin.url,
    repository: `${OWNER}/${REPO}`,
    workspace: scenario.repo.dir,
    eventName: options.eventName ?? "pull_request",
    payload,
    headSha,
    inputs: options.inputs ?? {},
    env: options.env ?? {},
  });
}

