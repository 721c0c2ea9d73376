/** Delivers a webhook as GitHub does: JSON body, event and delivery headers, and an HMAC-SHA256 signature. */
import { createHmac, randomUUID } from "node:crypto";

export interface WebhookDelivery {
  url: string;
  secret: string;
  event: string;
  payload: unknown;
  id?: string;
  /** Sends this body instead of the payload's JSON while signing the payload (to prove tampering is caught). */
  tamperedBody?: string;
  /** GitHub gives up on a delivery after 10 s; a receiver slower than this "timed out". */
  timeoutMs?: number;
}

export interface WebhookResult {
  /** 0 when the receiver did not answer within the timeout. */
  status: number;
  body: string;
  id: string;
  timedOut: boolean;
}

export const GITHUB_DELIVERY_TIMEOUT_MS = 10_000;

/** "sha256=" + hex HMAC-SHA256 of the raw body, the X-Hub-Signature-256 value. */
export function signWebhookBody(secret: string, rawBody: string): string {
  return `sha256=${createHmac("sha256", secret).update(rawBody).digest("hex")}`;
}

export async function deliverWebhook(delivery: WebhookDelivery): Promise<WebhookResult> {
  const id = delivery.id ?? randomUUID();
  const rawBody = JSON.stringify(delivery.payload);
  const installation = (delivery.payload as { installation?: { id?: number } } | null)?.installation?.id;
  const response = await fetch(delivery.url, {
    signal: AbortSignal.timeout(delivery.timeoutMs ?? GITHUB_DELIVERY_TIMEOUT_MS),
    method: "POST",
    headers: {
      "content-type": "application/json",
      "user-agent": "GitHub-Hookshot/twin",
      "x-github-event": delivery.event,
      "x-github-delivery": id,
      "x-github-hook-id": "4001",
      "x-hub-signature-256": signWebhookBody(delivery.secret, rawBody),
      ...(installation !== undefined
        ? { "x-github-hook-installation-target-type": "integration", "x-github-hook-installation-target-id": String(installation) }
        : {}),
    },
    body: delivery.tamperedBody ?? rawBody,
  }).catch((error: unknown) => {
    if (error instanceof DOMException && error.name === "TimeoutError") return undefined;
    throw error;
  });
  if (!response) return { status: 0, body: "", id, timedOut: true };
  return { status: response.status, body: await response.text(), id, timedOut: false };
}
