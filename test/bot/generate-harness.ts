/**
 * The bot's `/copygate generate` end to end: the example repository in a real git repo behind the
 * GitHub twin, a Probot server with only the generate handler, signed deliveries, and the bundled
 * simulator standing for the team's model (its URL in the bot's env, as a team would configure it).
 */
import { execFile } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createNodeMiddleware, Probot } from "probot";
import { registerGenerateCommand, type GenerateCommandHandle } from "../../bot/handlers/generate.ts";
import type { Env } from "../../bot/generate/model.ts";
import { startSimulator, type RunningSimulator } from "../../simulator/index.ts";
import { exampleContent } from "../action/content.ts";
import { generateDraftFiles } from "../action/scenario.ts";
import { createFixtureRepo, deliverWebhook, issueCommentPayload, startGitHubTwin, type FixtureRepo, type GitHubTwin } from "../github-twin/index.ts";

export const OWNER = "lumora";
export const REPO = "marketing";
export const TRIAL = "campaigns/trial-expiration-3d";
export const PAID = "campaigns/paid-search-lumora-trial";
export const SECRET = "generate-webhook-secret";
export const BOT_LOGIN = "copygate[bot]";

export interface GenerateWorld {
  repo: FixtureRepo;
  twin: GitHubTwin;
  model: RunningSimulator;
  /** The bot's environment; tests change it between deliveries. */
  env: Env;
  handle: GenerateCommandHandle;
  webhookUrl: string;
  close(): Promise<void>;
}

/**
 * main with current drafts for the trial campaign (the example's search-ads campaign has none, as in
 * this repository); `extraMain` adds files (e.g. .github/copygate.yml).
 */
export async function startGenerateWorld(extraMain: Record<string, string> = {}): Promise<GenerateWorld> {
  const repo = await createFixtureRepo({ ...(await exampleContent()), ...extraMain });
  await repo.commit("main", await generateDraftFiles(repo.dir, TRIAL), "Generate drafts");
  // Detached, so the bot's ref updates never leave a checked-out branch behind its working tree.
  await repo.git("checkout", "--quiet", "--detach");
  const twin = await startGitHubTwin({ repoDir: repo.dir, owner: OWNER, repo: REPO, identity: BOT_LOGIN });
  const model = await startSimulator({ seed: "bot-generate" });
  const env: Env = { OPENAI_BASE_URL: model.url, OPENAI_API_KEY: "sk-test-bot-generate" };
  const bot = await startBotServer(twin.url, env);
  return {
    repo, twin, model, env, handle: bot.handle, webhookUrl: bot.webhookUrl,
    async close() {
      await bot.close();
      await model.close();
      await twin.close();
      await repo.remove();
    },
  };
}

export interface BotServer {
  handle: GenerateCommandHandle;
  webhookUrl: string;
  close(): Promise<void>;
}

/** A Probot server with only the generate handler, as the lead's app will register it; one per bot process. */
export async function startBotServer(twinUrl: string, env: Env): Promise<BotServer> {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048, privateKeyEncoding: { type: "pkcs1", format: "pem" }, publicKeyEncoding: { type: "spki", format: "pem" } });
  const probot = new Probot({ appId: 3001, privateKey, secret: SECRET, baseUrl: twinUrl, logLevel: "fatal" });
  let handle: GenerateCommandHandle | undefined;
  const middleware = await createNodeMiddleware((app) => { handle = registerGenerateCommand(app, { env }); }, { probot });
  const server: Server = createServer((req, res) => void middleware(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    handle: handle!,
    webhookUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/github/webhooks`,
    async close() {
      await handle?.idle();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A pull request from a branch of main with these changes; returns its head sha. */
export async function openPullRequest(world: GenerateWorld, spec: { number: number; branch: string; files: Record<string, string | null>; fork?: boolean }): Promise<string> {
  const sha = await world.repo.commit(spec.branch, spec.files, `Change for #${spec.number}`, "main");
  await world.repo.git("checkout", "--quiet", "--detach");
  world.twin.addPullRequest({ number: spec.number, base: "main", head: spec.branch, title: `Change ${spec.number}`, user: "octo-marketer", headRepoFork: spec.fork ?? false });
  return sha;
}

let nextCommentId = 880_000;

/** A signed issue_comment.created delivery; resolves when the bot has answered the webhook (not yet the run). */
export async function comment(world: GenerateWorld, spec: { number: number; body: string; user: string; onPullRequest?: boolean; webhookUrl?: string }): Promise<number> {
  const commentId = ++nextCommentId;
  world.twin.state.externalCommentIds.add(commentId);
  const payload = issueCommentPayload({ url: world.twin.url, owner: OWNER, repo: REPO, installationId: 42 }, { issueNumber: spec.number, body: spec.body, user: spec.user, commentId, onPullRequest: spec.onPullRequest });
  const result = await deliverWebhook({ url: spec.webhookUrl ?? world.webhookUrl, secret: SECRET, event: "issue_comment", payload });
  if (result.status !== 200) throw new Error(`delivery answered ${result.status}: ${result.body}`);
  return commentId;
}

export async function branchSha(world: GenerateWorld, branch: string): Promise<string> {
  return world.repo.git("rev-parse", `refs/heads/${branch}`);
}

/** The bot's replies on a pull request, oldest first. */
export function replies(world: GenerateWorld, number: number): string[] {
  return world.twin.state.comments.filter((c) => c.issueNumber === number && c.user.login === BOT_LOGIN).map((c) => c.body);
}

/** Requests that would have written git objects or moved a ref. */
export function gitWrites(world: GenerateWorld): string[] {
  return world.twin.requests.filter((r) => r.method !== "GET" && r.path.includes("/git/")).map((r) => `${r.method} ${r.path}`);
}

/** A commit's tree, checked out into a temp dir (removed by the caller). */
export async function exportCommit(repo: FixtureRepo, sha: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "copygate-bot-commit-"));
  await promisify(execFile)("sh", ["-c", `git -C "$0" archive "$1" | tar -x -C "$2"`, repo.dir, sha, dir]);
  return dir;
}

export const removeDir = (dir: string) => rm(dir, { recursive: true, force: true });
