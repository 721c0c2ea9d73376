import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverWebhook, issueCommentPayload, pullRequestPayload } from "../github-twin/index.ts";
import { branchSha, comment, gitWrites, openPullRequest, OWNER, REPO, replies, SECRET, startGenerateWorld, TRIAL, type GenerateWorld } from "./generate-harness.ts";

let world: GenerateWorld;
let briefChange: Record<string, string>;
let modelEnv: Record<string, string | undefined>;

beforeAll(async () => {
  world = await startGenerateWorld();
  world.twin.state.collaborators.set("octo-marketer", "write");
  world.twin.state.collaborators.set("octo-viewer", "read");
  world.twin.state.collaborators.set("octo-triager", "triage");
  const yaml = await readFile(join(world.repo.dir, TRIAL, "campaign.yaml"), "utf8");
  briefChange = { [`${TRIAL}/campaign.yaml`]: yaml.replace("Keep everything you built during the trial", "Keep every dashboard you built during the trial") };
  modelEnv = { ...world.env };
}, 120_000);
afterAll(async () => {
  await world?.close();
});

/** Comments, waits for the run, and returns the one reply; asserts nothing was written to git. */
async function refusal(number: number, body: string, user = "octo-marketer"): Promise<string> {
  const before = gitWrites(world).length;
  const commentsBefore = replies(world, number).length;
  await comment(world, { number, body, user });
  await world.handle.idle();
  expect(gitWrites(world).slice(before)).toEqual([]);
  const answered = replies(world, number).slice(commentsBefore);
  expect(answered).toHaveLength(1);
  return answered[0]!;
}

describe("/copygate generate refuses politely and commits nothing", () => {
  it("refuses a read-only user, asking GitHub rather than the payload", async () => {
    const head = await openPullRequest(world, { number: 31, branch: "read-only", files: briefChange });
    expect(await refusal(31, "/copygate generate", "octo-viewer")).toBe(
      "@octo-viewer `/copygate generate` commits to the branch, so it needs write permission on lumora/marketing (you have read). Ask someone with write access to comment it, or run `copygate generate <campaign-dir>` locally and push.",
    );
    expect(await refusal(31, "/copygate generate", "octo-triager")).toBe(
      "@octo-triager `/copygate generate` commits to the branch, so it needs write permission on lumora/marketing (you have read). Ask someone with write access to comment it, or run `copygate generate <campaign-dir>` locally and push.",
    );
    expect(await refusal(31, "/copygate generate", "drive-by")).toBe(
      "@drive-by `/copygate generate` commits to the branch, so it needs write permission on lumora/marketing (you have none). Ask someone with write access to comment it, or run `copygate generate <campaign-dir>` locally and push.",
    );
    expect(world.twin.requests.filter((r) => r.operationId === "repos/get-collaborator-permission-level").map((r) => `${r.path} ${r.status}`)).toEqual([
      "/repos/lumora/marketing/collaborators/octo-viewer/permission 200",
      "/repos/lumora/marketing/collaborators/octo-triager/permission 200",
      "/repos/lumora/marketing/collaborators/drive-by/permission 404",
    ]);
    expect(await branchSha(world, "read-only")).toBe(head);
  }, 60_000);

  it("refuses a branch of a fork", async () => {
    await openPullRequest(world, { number: 32, branch: "from-fork", files: briefChange, fork: true });
    expect(await refusal(32, "/copygate generate")).toBe(
      "@octo-marketer the bot cannot commit to `lumora-fork-owner:from-fork`: it is a branch of a fork. Run `copygate generate <campaign-dir>` locally and push the drafts to your branch.",
    );
  }, 60_000);

  it("refuses a closed pull request", async () => {
    await openPullRequest(world, { number: 33, branch: "closed", files: briefChange });
    world.twin.state.pullRequests.get(33)!.state = "closed";
    expect(await refusal(33, "/copygate generate")).toBe(
      "@octo-marketer pull request #33 is closed, so the bot will not commit to it. Reopen it first, then comment `/copygate generate` again.",
    );
  }, 60_000);

  it("refuses an unknown campaign and a path outside campaigns/", async () => {
    const head = await openPullRequest(world, { number: 34, branch: "unknown-campaign", files: briefChange });
    expect(await refusal(34, "/copygate generate campaigns/black-friday trial-expiration-3d")).toBe(
      `@octo-marketer no campaign at \`campaigns/black-friday\` on ${head.slice(0, 7)} (no campaign.yaml there). Campaigns on this branch: \`campaigns/paid-search-lumora-trial\`, \`campaigns/trial-expiration-3d\`.`,
    );
    expect(await refusal(34, "/copygate generate ../secrets")).toBe(
      "@octo-marketer `../secrets` is not a campaign folder: name one under `campaigns/`, e.g. `/copygate generate campaigns/<campaign>`.",
    );
  }, 60_000);

  it("stops on stale data before any model call", async () => {
    const calls = world.model.stats().completions;
    await openPullRequest(world, { number: 35, branch: "stale-data", files: { "datasets/snapshots/demo-clock.json": '{ "now": "2026-11-23T08:30:00Z" }\n' } });
    expect(await refusal(35, "/copygate generate campaigns/trial-expiration-3d")).toBe(
      "@octo-marketer generation of `campaigns/trial-expiration-3d` stopped before any model call: audience_segment: source \"cdp\" is 75 hours old, over its error_after limit of 24 hours; product_usage: source \"product_usage\" is 74 hours old, over its error_after limit of 6 hours. Refresh the data, then comment `/copygate generate` again; nothing was committed.",
    );
    expect(world.model.stats().completions).toBe(calls);
  }, 60_000);

  it("says so when the bot has no model, or its model does not answer or refuses the key", async () => {
    await openPullRequest(world, { number: 36, branch: "no-model", files: briefChange });
    try {
      delete world.env.OPENAI_BASE_URL;
      delete world.env.OPENAI_API_KEY;
      expect(await refusal(36, "/copygate generate")).toBe(
        "@octo-marketer the bot has no model configured (OPENAI_API_KEY / OPENAI_BASE_URL in the bot's own environment), so nothing was generated or committed. Ask whoever runs the copygate bot to set one.",
      );
      const closedPort = await freePort();
      Object.assign(world.env, { OPENAI_BASE_URL: `http://127.0.0.1:${closedPort}/v1`, OPENAI_API_KEY: "sk-test" });
      expect(await refusal(36, "/copygate generate")).toBe(
        `@octo-marketer the bot could not reach its model: 127.0.0.1:${closedPort} did not answer (ECONNREFUSED). Nothing was committed; comment \`/copygate generate\` again once the model endpoint answers.`,
      );
      const refusing = await startRefusingEndpoint();
      try {
        world.env.OPENAI_BASE_URL = refusing.url;
        expect(await refusal(36, "/copygate generate")).toBe(
          `@octo-marketer the model endpoint refused the bot's key (HTTP 401 from ${new URL(refusing.url).host}). Nothing was committed; ask whoever runs the copygate bot to check OPENAI_API_KEY.`,
        );
      } finally {
        await refusing.close();
      }
    } finally {
      Object.assign(world.env, modelEnv);
    }
  }, 60_000);

  it("answers with the state when there is nothing to generate", async () => {
    const head = await openPullRequest(world, { number: 37, branch: "readme-only", files: { "README.md": "# Marketing\n" } });
    expect(await refusal(37, "/copygate generate")).toBe(
      `@octo-marketer this pull request changes nothing any campaign's drafts are made from (as of ${head.slice(0, 7)}), so there is nothing to generate. To regenerate a campaign anyway, name it: \`/copygate generate campaigns/<campaign>\`.`,
    );
    expect(await refusal(37, "/copygate generate trial-expiration-3d")).toBe(
      `@octo-marketer the drafts on ${head.slice(0, 7)} are already current for \`campaigns/trial-expiration-3d\`; nothing to commit.`,
    );
  }, 60_000);

  it("does nothing on a push when .github/copygate.yml does not switch it on", async () => {
    const head = await openPullRequest(world, { number: 38, branch: "no-setting", files: briefChange });
    const requests = world.twin.requests.length;
    const payload = pullRequestPayload({ url: world.twin.url, owner: OWNER, repo: REPO, installationId: 42 }, {
      action: "synchronize", number: 38, title: "Change 38", base: { ref: "main", sha: head }, head: { ref: "no-setting", sha: head },
    });
    expect((await deliverWebhook({ url: world.webhookUrl, secret: SECRET, event: "pull_request", payload })).status).toBe(200);
    await world.handle.idle();
    expect(world.twin.requests.slice(requests).map((r) => `${r.method} ${r.path} ${r.status}`).filter((r) => !r.includes("/access_tokens"))).toEqual([
      "GET /repos/lumora/marketing/contents/.github%2Fcopygate.yml?ref=main 404",
    ]);
    expect(await branchSha(world, "no-setting")).toBe(head);
  }, 60_000);

  it("answers a redelivered webhook once", async () => {
    await openPullRequest(world, { number: 39, branch: "redelivered", files: briefChange });
    const payload = issueCommentPayload({ url: world.twin.url, owner: OWNER, repo: REPO, installationId: 42 }, { issueNumber: 39, body: "/copygate generate", user: "octo-viewer", commentId: 889_039 });
    world.twin.state.externalCommentIds.add(889_039);
    for (let i = 0; i < 2; i++) {
      expect((await deliverWebhook({ url: world.webhookUrl, secret: SECRET, event: "issue_comment", payload, id: "delivery-39" })).status).toBe(200);
    }
    await world.handle.idle();
    expect(replies(world, 39)).toHaveLength(1);
    expect(world.twin.state.reactions.filter((r) => r.commentId === 889_039)).toHaveLength(1);

    // A reaction GitHub refuses (here: a comment it does not know) does not stop the answer.
    const unknown = issueCommentPayload({ url: world.twin.url, owner: OWNER, repo: REPO, installationId: 42 }, { issueNumber: 39, body: "/copygate generate", user: "octo-viewer", commentId: 889_040 });
    expect((await deliverWebhook({ url: world.webhookUrl, secret: SECRET, event: "issue_comment", payload: unknown })).status).toBe(200);
    await world.handle.idle();
    expect(replies(world, 39)).toHaveLength(2);
  }, 60_000);

  it("ignores issues, bots and other text", async () => {
    const reactionsBefore = world.twin.state.reactions.length;
    const repliesBefore = replies(world, 37).length;
    await comment(world, { number: 37, body: "please /copygate generate", user: "octo-marketer" });
    await comment(world, { number: 37, body: "/copygate generated it yesterday", user: "octo-marketer" });
    await comment(world, { number: 37, body: "/copygate generate", user: "copygate[bot]" });
    await comment(world, { number: 37, body: "/copygate generate", user: "octo-marketer", onPullRequest: false });
    await world.handle.idle();
    expect(world.twin.state.reactions.length).toBe(reactionsBefore);
    expect(replies(world, 37)).toHaveLength(repliesBefore);
    world.twin.assertNoViolations();
  }, 60_000);
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** An OpenAI-compatible endpoint that refuses every key, as OpenAI does: 401 invalid_api_key. */
async function startRefusingEndpoint(): Promise<{ url: string; close: () => Promise<unknown> }> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "Incorrect API key provided.", type: "invalid_request_error", code: "invalid_api_key" } }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, close: () => new Promise((resolve) => server.close(resolve)) };
}
