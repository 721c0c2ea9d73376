/**
 * What a merge would publish, as text: the verification, then per variant the bytes a target
 * would receive, and, when the target can say so, the HTTP requests it would make (no secrets).
 */
import type { VerifiedCampaign } from "./verify.ts";
import { rolloutBlocks } from "./verify.ts";
import { finalGate } from "./publish-step.ts";
import { buildPublishRequest } from "./payload.ts";
import { formatPlannedRequests } from "./targets/planned.ts";
import type { PlannedRequest, PublishTarget, TargetEnvironment } from "./targets/types.ts";

export async function describePublish(verified: VerifiedCampaign, target: PublishTarget | undefined, environment: TargetEnvironment): Promise<{ lines: string[]; wouldPublish: boolean }> {
  const lines = [`${verified.campaignDir} (${verified.campaign})`];
  if (!verified.ok || !verified.context || !verified.drafts) {
    lines.push("  would publish nothing:", ...verified.reasons.map((r) => `    - ${r}`));
    return { lines, wouldPublish: false };
  }
  const { campaign } = verified.context;
  const stage = rolloutBlocks(campaign);
  lines.push(
    `  drafts: current, ${verified.drafts.content_hash.slice(0, 19)}… from ${verified.promptVersion}`,
    `  checks (run again here): ${verified.verdict} · risk ${verified.risk}`,
    `  approvals required: ${verified.requiredGroups.join(", ") || "none"} (the bot counts APPROVED reviews of the merged pull request's head commit)`,
  );
  if (stage) {
    lines.push(`  would publish nothing: ${stage}`);
    return { lines, wouldPublish: false };
  }
  if (!target) {
    lines.push(`  would publish nothing: publish.target ${campaign.publish.target} is not a known target`);
    return { lines, wouldPublish: false };
  }
  const gate = finalGate(verified);
  const request = buildPublishRequest({ campaign, drafts: verified.drafts, mode: gate ? "draft" : campaign.publish.mode, rendered: verified.rendered });
  lines.push(`  would publish to ${target.name} as ${request.mode}${gate ? ` (final gate: scheduled after /copygate schedule from ${gate})` : ""}${request.sendAt ? ` at ${request.sendAt}` : ""}, ledger key ${request.ledgerKey}`);
  const found = await target.find(request, environment).catch(() => null);
  if (found) lines.push(`  already in ${target.name}: ${found.platformId} (a publish would find it, not create it again)`);
  for (const variant of request.variants) {
    lines.push(`  variant ${variant.audienceKey}`, `    subject: ${variant.subject}`, `    preview: ${variant.previewText}`);
  }
  let planned: PlannedRequest[] = [];
  try {
    planned = target.preview?.(request, environment) ?? [];
  } catch (error) {
    lines.push(`  ${target.name} would refuse this publish: ${(error as Error).message}`);
  }
  if (planned.length > 0) lines.push(...formatPlannedRequests(target.name, planned).trimEnd().split("\n").map((line) => `  ${line}`));
  return { lines, wouldPublish: true };
}
