/**
 * The webhook server refuses what it must, before any handler runs, with one log line that names
 * the delivery and never the payload or a secret.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotServer } from "../../bot/server.ts";
import { deliverWebhook, pullRequestPayload, pushPayload, signWebhookBody } from "../github-twin/index.ts";
import { OWNER, REPO, SECRET, startBotScenario, type BotScenario } from "./harness.ts";

let s: BotScenario;
let bot: BotServer;
beforeAll(async () => {
  s = await startBotScenario();
  bot = await s.startBot();
}, 120_000);
afterAll(async () => {
  await s.close();
});

const target = () => ({ url: s.twin.url, owner: OWNER, repo: REPO, installationId: 7 });
const push = () => pushPayload(target(), { before: s.baseSha, after: s.baseSha, commits: [{ id: s.baseSha, message: "Generate drafts" }] });

async function post(headers: Record<string, string>, body: string): Promise<number> {
  const response = await fetch(bot.webhookUrl, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  await response.text();
  return response.status;
}

describe("the webhook server refuses", () => {
  it("a forged signature: 401, no handler runs, one log line without the payload or the secret", async () => {
    const before = s.twin.requests.length;
    const payload = push();
    const result = await deliverWebhook({ url: bot.webhookUrl, secret: SECRET, event: "push", payload, id: "forged-1", tamperedBody: JSON.stringify({ ...payload, after: "0".repeat(40) }) });
    expect(result.status).toBe(401);
    await bot.idle();
    expect(s.twin.requests.length).toBe(before);
    expect(s.logs.filter((l) => l.includes("forged-1"))).toEqual(["copygate: refused delivery forged-1 push: 401 signature does not match the body and the webhook secret"]);
    expect(s.logs.join("\n")).not.toContain(SECRET);
  });

  it("a missing signature: 400", async () => {
    const status = await post({ "x-github-event": "push", "x-github-delivery": "unsigned-1" }, JSON.stringify(push()));
    expect(status).toBe(400);
    expect(s.logs.filter((l) => l.includes("unsigned-1"))).toEqual(["copygate: refused delivery unsigned-1 push: 400 missing X-Hub-Signature-256"]);
  });

  it("a signed body that is not JSON: 400", async () => {
    const body = "{not json";
    const status = await post({ "x-github-event": "push", "x-github-delivery": "garbled-1", "x-hub-signature-256": signWebhookBody(SECRET, body) }, body);
    expect(status).toBe(400);
    expect(s.logs.filter((l) => l.includes("garbled-1"))).toEqual(["copygate: refused delivery garbled-1 push: 400 the body is not JSON"]);
  });

  it("an event it does not handle: 204, nothing asked of GitHub", async () => {
    const before = s.twin.requests.length;
    const opened = pullRequestPayload(target(), { action: "opened", number: 3, title: "Draft", base: { ref: "main", sha: s.baseSha }, head: { ref: "x", sha: s.baseSha } });
    const result = await deliverWebhook({ url: bot.webhookUrl, secret: SECRET, event: "pull_request", payload: opened, id: "opened-1" });
    expect(result.status).toBe(204);
    expect(s.twin.requests.length).toBe(before);
    expect(s.logs.filter((l) => l.includes("opened-1"))).toEqual(["copygate: refused delivery opened-1 pull_request: 204 event pull_request.opened is not handled"]);
  });

  it("an installation the App does not have: one log line, no work", async () => {
    s.twin.state.installations.add(7);
    try {
      const before = s.twin.requests.length;
      const stranger = pushPayload({ ...target(), installationId: 99 }, { before: s.baseSha, after: s.baseSha, commits: [] });
      expect((await deliverWebhook({ url: bot.webhookUrl, secret: SECRET, event: "push", payload: stranger, id: "stranger-1" })).status).toBe(200);
      await bot.idle();
      expect(s.twin.requests.slice(before).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(["POST /app/installations/99/access_tokens 404"]);
      expect(s.logs.filter((l) => l.includes("stranger-1"))).toEqual(["copygate: refused delivery stranger-1 push: installation 99 is unknown to this App"]);
    } finally {
      s.twin.state.installations.clear();
    }
  });

  it("a delivery already handled: acknowledged at once, not worked again", async () => {
    const first = await deliverWebhook({ url: bot.webhookUrl, secret: SECRET, event: "push", payload: push(), id: "twice-1" });
    const second = await deliverWebhook({ url: bot.webhookUrl, secret: SECRET, event: "push", payload: push(), id: "twice-1" });
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.body).toBe("already handled\n");
    await bot.idle();
    expect(s.logs.filter((l) => l.includes("twice-1"))).toEqual(["copygate: delivery twice-1 push already handled; acknowledged"]);
  }, 60_000);
});
