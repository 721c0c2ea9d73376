/**
 * The publish targets by name: a new target is one file beside this one and one line here.
 * (The bot's branch adds outbox and webhook to this same record; the two merge line by line.)
 */
import { customerioTarget } from "./customerio.ts";
import { mailchimpTarget } from "./mailchimp.ts";
import { sendgridTarget } from "./sendgrid.ts";
import type { PublishTarget } from "./types.ts";

export const PUBLISH_TARGETS: Record<string, PublishTarget> = {
  sendgrid: sendgridTarget,
  customerio: customerioTarget,
  mailchimp: mailchimpTarget,
};

export function publishTarget(name: string): PublishTarget | undefined {
  return Object.hasOwn(PUBLISH_TARGETS, name) ? PUBLISH_TARGETS[name] : undefined;
}

export type { PlannedRequest, PublishRequest, PublishResult, PublishTarget, PublishVariant, TargetEnvironment } from "./types.ts";
export { ledgerKey } from "./types.ts";
export { PublishTargetError } from "./platform-http.ts";
export { formatPlannedRequests } from "./planned.ts";
