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
}

export interface WebhookResult {
  status: number;
  body: string;
  id: string;
}

/** "sha256=" + hex HMAC-SHA256 of the raw body, the X-Hub-Signature-256 value. */
export function signWebhookBody(secret: string, rawBody: string): string {
  return `sha256=${createHmac("sha256", secret).update(rawBody).digest("hex")}`;
}

export async function deliverWebhook(delivery: WebhookDelivery): Promise<WebhookResult> {
  const id = delivery.id ?? randomUUID();
  const rawBody = JSON.stringify(delivery.payload);
  const response = await fetch(delivery.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "user-agent": "GitHub-Hookshot/twin",
      "x-github-event": delivery.event,
      "x-github-delivery": id,
      "x-github-hook-id": "4001",
      "x-hub-signature-256": signWebhookBody(delivery.secret, rawBody),
    },
    body: delivery.tamperedBody ?? rawBody,
  });
  return { status: response.status, body: await response.text(), id };
}
