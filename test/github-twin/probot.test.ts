import { generateKeyPairSync } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createNodeMiddleware, Probot, type ApplicationFunction } from "probot";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueCommentPayload } from "./webhook-payloads.ts";
import { deliverWebhook } from "./webhooks.ts";
import { OWNER, REPO, startTwinFixture, type TwinFixture } from "./twin-fixture.ts";

const SECRET = "probot-webhook-secret";
let f: TwinFixture;
let server: Server;
let webhookUrl: string;

// A Probot app shaped like copygate's bot: answer a slash command on the pull request.
const slashCommandApp: ApplicationFunction = (app) => {
  app.on("issue_comment.created", async (context) => {
    if (!context.payload.comment.body.startsWith("/copygate generate")) return;
    await context.octokit.rest.issues.createComment(context.issue({ body: "copygate: regenerating drafts…" }));
  });
};

beforeAll(async () => {
  f = await startTwinFixture("copygate[bot]");
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048, privateKeyEncoding: { type: "pkcs1", format: "pem" }, publicKeyEncoding: { type: "spki", format: "pem" } });
  const probot = new Probot({ appId: 3001, privateKey, secret: SECRET, baseUrl: f.twin.url, logLevel: "fatal" });
  const middleware = await createNodeMiddleware(slashCommandApp, { probot });
  server = createServer((req, res) => void middleware(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/github/webhooks`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await f.close();
});

describe("a Probot app against the twin", () => {
  it("verifies the signed delivery, takes an installation token and comments as the App's bot", async () => {
    const payload = issueCommentPayload({ url: f.twin.url, owner: OWNER, repo: REPO, installationId: 42 }, { issueNumber: 12, body: "/copygate generate", user: "octo-marketer" });
    const result = await deliverWebhook({ url: webhookUrl, secret: SECRET, event: "issue_comment", payload });
    expect(result.status).toBe(200);
    expect(f.twin.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      "POST /app/installations/42/access_tokens 201",
      `POST /repos/${OWNER}/${REPO}/issues/12/comments 201`,
    ]);
    expect(f.twin.state.comments.map((c) => [c.user.login, c.body])).toEqual([["copygate[bot]", "copygate: regenerating drafts…"]]);
    f.twin.assertNoViolations();
  });
});
