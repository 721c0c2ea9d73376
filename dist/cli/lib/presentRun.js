import { formatFreshnessReport } from "../../core/contract/index.js";
import { formatCheckpoint } from "../../core/evals/index.js";
import { mergeVariantReports } from "../../core/pipeline/index.js";
export function formatAudienceSection(counts) {
    const reasons = Object.entries(counts.excluded_reasons)
        .filter(([, n]) => n > 0)
        .map(([reason, n]) => `${reason.replaceAll("_", " ")} ${n}`);
    const excluded = reasons.length ? ` (${reasons.join(", ")})` : "";
    return `Audience: ${counts.personalized} personalized, ${counts.generic} generic, ${counts.excluded} excluded${excluded}`;
}
export function formatVariant(variant) {
    const c = variant.content;
    const lines = [`[${variant.audience.key}] ${variant.audience.recipients} recipients, ${variant.source === "model" ? "written by the model" : `fallback template (${variant.fallback_reason ?? "generation failed"})`}, evals: ${variant.evals.verdict}`];
    for (const [key, value] of Object.entries(c)) {
        if (Array.isArray(value)) {
            lines.push(`  ${key}:`);
            if (value.length === 0)
                lines.push("    (none)");
            for (const item of value)
                lines.push(`    - ${typeof item === "string" ? item : JSON.stringify(item)}`);
        }
        else if (typeof value === "string" && value.includes("\n")) {
            lines.push(`  ${key}:`, ...value.split("\n").map((l) => (l ? `    ${l}` : "")));
        }
        else {
            lines.push(`  ${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`);
        }
    }
    return lines.join("\n");
}
/** Everything a generation run shows, in the order the pipeline ran it. */
export function formatGenerationRun(run, clock, where = {}) {
    const sections = [formatFreshnessReport(run.freshness, clock).trimEnd()];
    if (!run.drafts || !run.partition) {
        sections.push("Stopped before generation: no model was called and no drafts were written.");
        sections.push(`Trace: ${run.trace.trace_id} (copygate trace show ${run.trace.trace_id})`);
        return `${sections.join("\n\n")}\n`;
    }
    sections.push(formatAudienceSection(run.partition.counts));
    sections.push(["Drafts:", ...run.drafts.variants.map(formatVariant)].join("\n\n"));
    const report = mergeVariantReports(run.drafts.variants, run.freshness);
    sections.push(formatCheckpoint(run.drafts.checkpoint, report.checks).trimEnd());
    const tail = [];
    if (where.draftsPath)
        tail.push(`Drafts written to ${where.draftsPath} (content ${run.drafts.content_hash.slice(0, 19)})`);
    tail.push(`Trace: ${run.trace.trace_id} (copygate trace show ${run.trace.trace_id})`);
    sections.push(tail.join("\n"));
    return `${sections.join("\n\n")}\n`;
}
