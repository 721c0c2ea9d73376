/**
 * The publish targets by the name campaign.yaml gives in `publish.target`: a new target is one file
 * beside this one and one line here.
 */
import { customerioTarget } from "./customerio.ts";
import { mailchimpTarget } from "./mailchimp.ts";
import { outboxTarget } from "./outbox.ts";
import { sendgridTarget } from "./sendgrid.ts";
import type { PublishTarget } from "./types.ts";
import { webhookTarget } from "./webhook.ts";

export const TARGETS: Record<string, PublishTarget> = {
  outbox: outboxTarget,
  webhook: webhookTarget,
  sendgrid: sendgridTarget,
  customerio: customerioTarget,
  mailchimp: mailchimpTarget,
};

export function findTarget(name: string): PublishTarget | undefined {
  return Object.hasOwn(TARGETS, name) ? TARGETS[name] : undefined;
}

export * from "./types.ts";
export { PublishTargetError } from "./platform-http.ts";
export { formatPlannedRequests } from "./planned.ts";
