import type { GenerationRun } from "../../core/pipeline/index.ts";
import type { DraftVariant, TraceGeneration } from "../../core/model/index.ts";
import { formatFreshnessReport } from "../../core/contract/index.ts";
import type { RunClock } from "../../core/contract/index.ts";
import { formatCheckpoint } from "../../core/evals/index.ts";
import { mergeVariantReports } from "../../core/pipeline/index.ts";

export function formatAudienceSection(counts: NonNullable<GenerationRun["partition"]>["counts"]): string {
  const reasons = Object.entries(counts.excluded_reasons)
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => `${reason.replaceAll("_", " ")} ${n}`);
  const excluded = reasons.length ? ` (${reasons.join(", ")})` : "";
  return `Audience: ${counts.personalized} personalized, ${counts.generic} generic, ${counts.excluded} excluded${excluded}`;
}

/** "written by the model", "from the cache (written by http://… gpt-4.1 at …)", or the fallback and why. */
export function variantSource(variant: DraftVariant, generation?: TraceGeneration): string {
  if (variant.source !== "model") return `fallback template (${variant.fallback_reason ?? "generation failed"})`;
  const origin = generation?.cache_origin;
  if (generation?.cached && origin) return `from the cache (written by ${origin.model} at ${origin.endpoint} on ${origin.created_at})`;
  return generation?.repaired ? "written by the model after one repair turn" : "written by the model";
}

/** The checks that did not pass, under the variant they are about. */
function variantFindings(variant: DraftVariant): string[] {
  return variant.evals.checks
    .filter((c) => c.status === "fail" || c.status === "warn")
    .map((c) => `  ${c.status === "fail" ? "✗" : "!"} ${c.label}: ${c.message}`);
}

/** In compact form (the demo), long text fields are summarised: the full copy is in the drafts file. */
export function formatVariant(variant: DraftVariant, generation?: TraceGeneration, options: { compact?: boolean } = {}): string {
  const c = variant.content;
  const lines = [`[${variant.audience.key}] ${variant.audience.recipients} recipients, ${variantSource(variant, generation)}, evals: ${variant.evals.verdict}`];
  lines.push(...variantFindings(variant));
  for (const [key, value] of Object.entries(c)) {
    if (options.compact && typeof value === "string" && value.includes("\n")) {
      lines.push(`  ${key}: ${value.split(/\s+/).filter(Boolean).length} words, ${value.split("\n").length} lines (in full in the drafts file)`);
      continue;
    }
    if (options.compact && (key === "rationale" || (Array.isArray(value) && value.length === 0))) continue;
    if (Array.isArray(value)) {
      lines.push(`  ${key}:`);
      if (value.length === 0) lines.push("    (none)");
      for (const item of value) lines.push(`    - ${typeof item === "string" ? item : JSON.stringify(item)}`);
    } else if (typeof value === "string" && value.includes("\n")) {
      lines.push(`  ${key}:`, ...value.split("\n").map((l) => (l ? `    ${l}` : "")));
    } else {
      lines.push(`  ${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`);
    }
  }
  return lines.join("\n");
}

/** Everything a generation run shows, in the order the pipeline ran it. */
export function formatGenerationRun(run: GenerationRun, clock: RunClock, where: { draftsPath?: string; outcome?: "written" | "unchanged" | "would_change"; compact?: boolean } = {}): string {
  const sections = [formatFreshnessReport(run.freshness, clock).trimEnd()];
  if (!run.drafts || !run.partition) {
    sections.push("Stopped before generation: no model was called and no drafts were written.");
    sections.push(`Trace: ${run.trace.trace_id} (npx copygate trace show ${run.trace.trace_id})`);
    return `${sections.join("\n\n")}\n`;
  }
  sections.push(formatAudienceSection(run.partition.counts));
  const generations = new Map((run.trace.generations ?? []).map((g) => [g.variant, g]));
  sections.push(["Drafts:", ...run.drafts.variants.map((v, i) => formatVariant(v, generations.get(v.audience.key), { compact: where.compact === true && i > 0 }))].join("\n\n"));
  const report = mergeVariantReports(run.drafts.variants, run.freshness);
  sections.push(formatCheckpoint(run.drafts.checkpoint, report.checks).trimEnd());
  const tail = [];
  const content = `content ${run.drafts.content_hash.slice(0, 19)}`;
  if (where.draftsPath && where.outcome === "unchanged") tail.push(`Drafts unchanged: ${where.draftsPath} already holds this content and provenance (${content}); not rewritten`);
  else if (where.draftsPath && where.outcome === "would_change") tail.push(`Drafts would change: ${where.draftsPath} differs from this run (${content}); run without --check to write it`);
  else if (where.draftsPath) tail.push(`Drafts written to ${where.draftsPath} (${content})`);
  tail.push(`Trace: ${run.trace.trace_id} (npx copygate trace show ${run.trace.trace_id})`);
  sections.push(tail.join("\n"));
  return `${sections.join("\n\n")}\n`;
}
