/**
 * POSTs the publish request as JSON to a URL the team runs. Signed like GitHub's own webhooks:
 * `X-Copygate-Signature-256: sha256=<HMAC-SHA256 of the body>` with the secret from the environment
 * variable `publish.webhook.secret_env` names. `X-Copygate-Delivery` is the ledger key plus mode:
 * a retry after a crash sends the same delivery id and the same bytes, so the receiver recognises it.
 * A webhook cannot be searched: `find` returns null and receivers deduplicate by delivery id.
 */
import { createHmac } from "node:crypto";
import type { PlannedRequest, PublishRequest, PublishResult, PublishTarget, TargetEnvironment } from "./types.ts";

interface WebhookSettings {
  url?: string;
  url_env?: string;
  secret_env?: string;
}

const DEFAULT_SECRET_ENV = "COPYGATE_WEBHOOK_SECRET";

function settingsOf(request: Pick<PublishRequest, "settings">): WebhookSettings {
  const raw = request.settings.webhook;
  return raw && typeof raw === "object" ? (raw as WebhookSettings) : {};
}

function resolve(request: PublishRequest, env: TargetEnvironment["env"]): { url: string; secret: string } {
  const s = settingsOf(request);
  const url = s.url ?? (s.url_env ? env[s.url_env] : undefined);
  const secretEnv = s.secret_env ?? DEFAULT_SECRET_ENV;
  const secret = env[secretEnv];
  if (!url) throw new Error(`webhook target: no URL (set publish.webhook.url, or publish.webhook.url_env and that variable)`);
  if (!secret) throw new Error(`webhook target: the signing secret variable ${secretEnv} is not set`);
  return { url, secret };
}

export function webhookBody(request: PublishRequest): string {
  return JSON.stringify({
    delivery: deliveryId(request), ledger_key: request.ledgerKey, campaign: request.campaign, content_hash: request.contentHash,
    mode: request.mode, send_at: request.sendAt ?? null, variants: request.variants,
  });
}

export function deliveryId(request: PublishRequest): string {
  return `${request.ledgerKey}:${request.mode}`;
}

export function webhookSignature(body: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

function headers(request: PublishRequest, signature: string): Record<string, string> {
  return { "content-type": "application/json", "user-agent": "copygate", "x-copygate-event": "publish", "x-copygate-delivery": deliveryId(request), "x-copygate-signature-256": signature };
}

export const webhookTarget: PublishTarget & { preview(request: PublishRequest, environment: TargetEnvironment): PlannedRequest[] } = {
  name: "webhook",
  async find() {
    return null;
  },
  async publish(request, environment) {
    const { url, secret } = resolve(request, environment.env);
    const body = webhookBody(request);
    const response = await (environment.fetch ?? fetch)(url, { method: "POST", headers: headers(request, webhookSignature(body, secret)), body, signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`webhook target: ${new URL(url).host} answered ${response.status} to delivery ${deliveryId(request)}`);
    const answer = (await response.json().catch(() => ({}))) as { id?: unknown; url?: unknown };
    environment.log?.(`webhook: delivered ${deliveryId(request)} (${response.status})`);
    const result: PublishResult = { platformId: typeof answer.id === "string" || typeof answer.id === "number" ? String(answer.id) : deliveryId(request), created: true, mode: request.mode };
    if (typeof answer.url === "string") result.url = answer.url;
    return result;
  },
  preview(request, environment) {
    const { url } = resolve({ ...request }, { ...environment.env, [settingsOf(request).secret_env ?? DEFAULT_SECRET_ENV]: "x" });
    return [{ purpose: `deliver ${request.variants.length} variant${request.variants.length === 1 ? "" : "s"} as ${request.mode}`, method: "POST", url, headers: headers(request, "sha256=<HMAC-SHA256 of the body>"), body: JSON.parse(webhookBody(request)) as unknown }];
  },
  checkSettings(settings, env) {
    const s = (settings.webhook ?? {}) as WebhookSettings;
    const problems: string[] = [];
    if (!s.url && !s.url_env) problems.push("publish.webhook needs url or url_env");
    if (s.url_env && !env[s.url_env]) problems.push(`the variable ${s.url_env} (publish.webhook.url_env) is not set`);
    if (!env[s.secret_env ?? DEFAULT_SECRET_ENV]) problems.push(`the signing secret variable ${s.secret_env ?? DEFAULT_SECRET_ENV} is not set`);
    return problems;
  },
};
