/** What changed between the drafts a pull request had and the ones just generated, per variant. */
import type { DraftsFile, DraftVariant } from "../../core/model/index.ts";

export function draftChanges(previous: DraftsFile | null, next: DraftsFile): string[] {
  if (!previous) return ["no previous drafts: every variant is new"];
  const lines: string[] = [];
  const before = previous.checkpoint;
  const after = next.checkpoint;
  if (before.risk_level !== after.risk_level) lines.push(`risk ${before.risk_level} → ${after.risk_level}`);
  if (before.verdict !== after.verdict) lines.push(`verdict ${before.verdict} → ${after.verdict}`);
  if (before.prompt_version !== after.prompt_version) lines.push(`prompt ${before.prompt_version} → ${after.prompt_version}`);
  const old = new Map(previous.variants.map((v) => [v.audience.key, v]));
  for (const variant of next.variants) {
    const was = old.get(variant.audience.key);
    old.delete(variant.audience.key);
    lines.push(`${variant.audience.key}: ${was ? variantChange(was, variant) : "new variant"}`);
  }
  for (const key of old.keys()) lines.push(`${key}: removed`);
  return lines;
}

function variantChange(was: DraftVariant, now: DraftVariant): string {
  const fields = [...new Set([...Object.keys(was.content), ...Object.keys(now.content)])]
    .filter((field) => JSON.stringify(was.content[field]) !== JSON.stringify(now.content[field]));
  const parts = fields.length > 0 ? [`${fields.join(", ")} changed`] : ["copy unchanged"];
  if (was.source !== now.source) parts.push(now.source === "fallback_template" ? "now from the fallback template" : "now from the model");
  if (was.audience.recipients !== now.audience.recipients) parts.push(`recipients ${was.audience.recipients} → ${now.audience.recipients}`);
  return parts.join("; ");
}
