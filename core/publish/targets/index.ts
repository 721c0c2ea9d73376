/** The publish targets by the name campaign.yaml gives in `publish.target`. One line a target. */
import { outboxTarget } from "./outbox.ts";
import type { PublishTarget } from "./types.ts";
import { webhookTarget } from "./webhook.ts";

export const TARGETS: Record<string, PublishTarget> = {
  outbox: outboxTarget,
  webhook: webhookTarget,
};

export function findTarget(name: string): PublishTarget | undefined {
  return Object.hasOwn(TARGETS, name) ? TARGETS[name] : undefined;
}

export * from "./types.ts";
