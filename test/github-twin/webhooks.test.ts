import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createNodeMiddleware, Webhooks, type EmitterWebhookEvent } from "@octokit/webhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueCommentPayload, mergedPullRequestPayload, pushPayload } from "./webhook-payloads.ts";
import { deliverWebhook, signWebhookBody } from "./webhooks.ts";
import { OWNER, REPO, startTwinFixture, type TwinFixture } from "./twin-fixture.ts";

const SECRET = "twin-webhook-secret";
let f: TwinFixture;
let receiver: Server;
let receiverUrl: string;
const received: EmitterWebhookEvent[] = [];

beforeAll(async () => {
  f = await startTwinFixture("copygate[bot]");
  const webhooks = new Webhooks({ secret: SECRET });
  webhooks.onAny((event) => void received.push(event));
  const middleware = createNodeMiddleware(webhooks, { log: { debug() {}, info() {}, warn() {}, error() {} } });
  receiver = createServer((req, res) => void middleware(req, res));
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/github/webhooks`;
});
afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
  await f.close();
});

const target = () => ({ url: f.twin.url, owner: OWNER, repo: REPO, installationId: 42 });

describe("webhook delivery from the twin", () => {
  it("signs the raw body so @octokit/webhooks verifies it, and a tampered body fails", async () => {
    const payload = pushPayload(target(), { before: f.baseSha, after: f.headSha, commits: [{ id: f.headSha, message: "Drop the README" }] });
    const raw = JSON.stringify(payload);
    const signature = signWebhookBody(SECRET, raw);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    const webhooks = new Webhooks({ secret: SECRET });
    expect(await webhooks.verify(raw, signature)).toBe(true);
    expect(await webhooks.verify(raw.replace(f.headSha, f.baseSha), signature)).toBe(false);
  });

  it("delivers a merged pull_request.closed that a webhook receiver accepts", async () => {
    const mergeSha = await f.repo.git("rev-parse", "prompt-v8");
    const payload = mergedPullRequestPayload(target(), {
      number: 12, title: "Promote prompt v8", base: { ref: "main", sha: f.baseSha }, head: { ref: "prompt-v8", sha: f.headSha }, mergeCommitSha: mergeSha,
    });
    const result = await deliverWebhook({ url: receiverUrl, secret: SECRET, event: "pull_request", payload, id: "delivery-1" });
    expect(result).toMatchObject({ status: 200, timedOut: false });
    const event = received.at(-1) as EmitterWebhookEvent<"pull_request.closed">;
    expect(event).toMatchObject({ id: "delivery-1", name: "pull_request" });
    expect(event.payload).toMatchObject({
      action: "closed", number: 12, installation: { id: 42 },
      pull_request: { merged: true, merge_commit_sha: mergeSha, base: { ref: "main", sha: f.baseSha }, head: { sha: f.headSha } },
      repository: { full_name: `${OWNER}/${REPO}`, url: `${f.twin.url}/repos/${OWNER}/${REPO}` },
    });
    expect(event.payload.pull_request.merged_at).toMatch(/^\d{4}-/);
  });

  it("delivers a /copygate generate comment on the pull request", async () => {
    const payload = issueCommentPayload(target(), { issueNumber: 12, body: "/copygate generate", user: "octo-marketer" });
    await deliverWebhook({ url: receiverUrl, secret: SECRET, event: "issue_comment", payload });
    const event = received.at(-1) as EmitterWebhookEvent<"issue_comment.created">;
    expect(event.payload).toMatchObject({
      action: "created", comment: { body: "/copygate generate", user: { login: "octo-marketer" } },
      issue: { number: 12, pull_request: { url: `${f.twin.url}/repos/${OWNER}/${REPO}/pulls/12` } },
    });
  });

  it("delivers a push to the default branch with the real shas", async () => {
    const payload = pushPayload(target(), { before: f.baseSha, after: f.headSha, commits: [{ id: f.headSha, message: "Drop the README", removed: ["README.md"] }] });
    await deliverWebhook({ url: receiverUrl, secret: SECRET, event: "push", payload });
    const event = received.at(-1) as EmitterWebhookEvent<"push">;
    expect(event.payload).toMatchObject({ ref: "refs/heads/main", before: f.baseSha, after: f.headSha, head_commit: { id: f.headSha, removed: ["README.md"] } });
  });

  it("gives up on a receiver that does not answer in time, as GitHub does after 10 s", async () => {
    const slow = createServer((_req, res) => void setTimeout(() => res.writeHead(200).end(), 1_000));
    await new Promise<void>((resolve) => slow.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/`;
      const result = await deliverWebhook({ url, secret: SECRET, event: "ping", payload: { zen: "Keep it logically awesome." }, timeoutMs: 100 });
      expect(result).toMatchObject({ status: 0, timedOut: true });
    } finally {
      slow.closeAllConnections();
      await new Promise((resolve) => slow.close(resolve));
    }
  });

  it("is refused by the receiver when the body was tampered with after signing", async () => {
    const count = received.length;
    const payload = issueCommentPayload(target(), { issueNumber: 12, body: "/copygate generate", user: "octo-marketer" });
    const tamperedBody = JSON.stringify(payload).replace("/copygate generate", "/copygate publish");
    const result = await deliverWebhook({ url: receiverUrl, secret: SECRET, event: "issue_comment", payload, tamperedBody });
    expect(result.status).toBe(400);
    expect(result.body).toContain("signature does not match");
    expect(received).toHaveLength(count);
  });
});
