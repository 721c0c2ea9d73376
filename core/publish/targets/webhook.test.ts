import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { webhookTarget } from "./webhook.ts";
import { ledgerKey, type PublishRequest } from "./types.ts";

const SECRET = "webhook-signing-secret";
let server: Server;
let url = "";
let received: Array<{ headers: Record<string, string | string[] | undefined>; body: string }> = [];
let answer: { status: number; body: string } = { status: 200, body: '{"id":"rcv-1","url":"https://receiver.example.test/rcv-1"}' };

beforeEach(async () => {
  received = [];
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.writeHead(answer.status, { "content-type": "application/json" }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/copygate`;
});
afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const HASH = `sha256:${"fedcba987654".repeat(5)}3210`;
const request = (settings: Record<string, unknown> = { webhook: { url, secret_env: "HOOK_SECRET" } }): PublishRequest => ({
  campaign: "trial-expiration-3d", contentHash: HASH, ledgerKey: ledgerKey("trial-expiration-3d", HASH), mode: "draft", settings,
  variants: [{ audienceKey: "generic", subject: "Keep what you built", previewText: "Upgrading keeps your dashboards.", text: "Hi there", content: {} }],
});
const env = { env: { HOOK_SECRET: SECRET }, root: "/nonexistent" };

describe("the webhook target", () => {
  it("POSTs the request as JSON, signed with HMAC-SHA256 and named by a delivery id that a retry repeats", async () => {
    const result = await webhookTarget.publish(request(), env);
    expect(result).toEqual({ platformId: "rcv-1", url: "https://receiver.example.test/rcv-1", created: true, mode: "draft" });
    await webhookTarget.publish(request(), env);
    const [first, second] = received;
    expect(first?.headers["x-copygate-delivery"]).toBe("copygate:trial-expiration-3d:fedcba987654:draft");
    expect(first?.headers["x-copygate-event"]).toBe("publish");
    expect(first?.headers["x-copygate-signature-256"]).toBe(`sha256=${createHmac("sha256", SECRET).update(first?.body ?? "").digest("hex")}`);
    expect(second?.body).toBe(first?.body);
    expect(JSON.parse(first?.body ?? "{}")).toMatchObject({ delivery: "copygate:trial-expiration-3d:fedcba987654:draft", content_hash: HASH, mode: "draft", send_at: null });
    expect(await webhookTarget.find(request(), env)).toBeNull();
  });

  it("fails on a non-2xx answer, naming the host and delivery, never the secret", async () => {
    answer = { status: 503, body: "{}" };
    await expect(webhookTarget.publish(request(), env)).rejects.toThrow(`webhook target: 127.0.0.1:${new URL(url).port} answered 503 to delivery copygate:trial-expiration-3d:fedcba987654:draft`);
    answer = { status: 200, body: "{}" };
  });

  it("refuses to send unsigned, and says which setting is missing", async () => {
    await expect(webhookTarget.publish(request(), { env: {}, root: "/" })).rejects.toThrow("webhook target: the signing secret variable HOOK_SECRET is not set");
    expect(webhookTarget.checkSettings?.({ webhook: { url_env: "HOOK_URL" } }, {})).toEqual([
      "the variable HOOK_URL (publish.webhook.url_env) is not set",
      "the signing secret variable COPYGATE_WEBHOOK_SECRET is not set",
    ]);
    expect(received).toEqual([]);
  });

  it("previews its request with the signature elided", () => {
    const [preview] = webhookTarget.preview(request(), env);
    expect(preview?.headers["x-copygate-signature-256"]).toBe("sha256=<HMAC-SHA256 of the body>");
    expect(JSON.stringify(preview)).not.toContain(SECRET);
  });
});
