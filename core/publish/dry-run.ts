/**
 * What a merge would publish, as text: the verification, then per variant the bytes a target
 * would receive, and, when the target can say so, the HTTP requests it would make (no secrets).
 */
import type { VerifiedCampaign } from "./verify.ts";
import { rolloutBlocks } from "./verify.ts";
import { finalGate } from "./publish-step.ts";
import { buildPublishRequest } from "./payload.ts";
import type { PublishRequest, PublishTarget, TargetEnvironment } from "./targets/types.ts";

/** A target may describe its HTTP requests without making them; the dry run prints them per variant. */
export interface RequestPreview {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: string;
  /** The variant (audience key) the request carries, when it carries one: printed under it. */
  variant?: string;
}
type Previewing = PublishTarget & { preview?: (request: PublishRequest, environment: TargetEnvironment) => RequestPreview[] | Promise<RequestPreview[]> };

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
  const request = buildPublishRequest({ campaign, drafts: verified.drafts, mode: gate ? "draft" : campaign.publish.mode });
  lines.push(`  would publish to ${target.name} as ${request.mode}${gate ? ` (final gate: scheduled after /copygate schedule from ${gate})` : ""}${request.sendAt ? ` at ${request.sendAt}` : ""}, ledger key ${request.ledgerKey}`);
  const found = await target.find(request, environment).catch(() => null);
  if (found) lines.push(`  already in ${target.name}: ${found.platformId} (a publish would find it, not create it again)`);
  const previews = await ((target as Previewing).preview?.(request, environment) ?? []);
  for (const variant of request.variants) {
    lines.push(`  variant ${variant.audienceKey}`, `    subject: ${variant.subject}`, `    preview: ${variant.previewText}`);
    for (const p of previews.filter((r) => r.variant === variant.audienceKey)) lines.push(...requestLines(p, "    "));
  }
  for (const p of previews.filter((r) => r.variant === undefined)) lines.push(...requestLines(p, "  "));
  return { lines, wouldPublish: true };
}

function requestLines(p: RequestPreview, indent: string): string[] {
  return [
    `${indent}request: ${p.method} ${p.url}`,
    ...Object.entries(p.headers ?? {}).map(([name, value]) => `${indent}  ${name}: ${value}`),
    ...(p.body !== undefined ? [`${indent}  body: ${Buffer.byteLength(p.body)} bytes`] : []),
  ];
}
