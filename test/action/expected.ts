/** Pieces of the exact texts the end-to-end tests expect, written out by hand. */
export const REGENERATE_TRIAL =
  "run `copygate generate campaigns/trial-expiration-3d` (or comment `/copygate generate` on the pull request) and commit campaigns/trial-expiration-3d/drafts.json";
export const USAGE_STALE = "product_usage: warn: 40 recipients' rows older than 6 hours";
export const FORK_NOTE =
  "Model calls skipped: this pull request comes from a fork, whose token is read-only and has no secrets. Validation and file-source freshness still ran; a maintainer can run the eval suite.";
export const SIMULATOR_NOTE =
  "- No model key or base URL was given: the suite ran against copygate's bundled simulator, which checks the pipeline, not the prompt's real quality, and no judge measured reviewer acceptance. Set the openai-api-key input to compare prompts for real.";

/** The last line of every comment: where the full report is, and the commit it is about. */
export const headFooter = (sha: string, shortened = false): string =>
  `<sub>${shortened ? "Shortened to fit one comment. " : ""}Full report in the job summary. Head ${sha.slice(0, 7)}.</sub>\n`;

/** Provenance (no suite ran: only the copygate version) and the last line. */
export const footer = (sha: string, shortened = false): string => `<sub>copygate 0.1.0</sub>\n\n${headFooter(sha, shortened)}`;

/** One finding as the comment and check summary list it. */
export const findingLine = (level: "failure" | "warning", where: string, title: string, message: string): string =>
  `- ${level === "failure" ? "⛔" : "⚠️"} \`${where}\` ${title}: ${message}`;

export const USAGE_LINE = findingLine("warning", "campaigns/trial-expiration-3d/campaign.yaml:31", "data freshness", `${USAGE_STALE}. On failure: generic variant.`);

export const draftsLine = (reason: string, remedy = REGENERATE_TRIAL, campaignDir = "campaigns/trial-expiration-3d"): string =>
  findingLine("failure", `${campaignDir}/drafts.json:1`, "drafts not current", `${reason}. To regenerate: ${remedy}.`);

/** The freshness warning every scenario on the example data shows, at its line in campaign.yaml. */
export const usageWarning = (path = "campaigns/trial-expiration-3d/campaign.yaml") => ({
  path,
  start_line: 31,
  end_line: 31,
  annotation_level: "warning",
  title: "data freshness",
  message: `${USAGE_STALE}. On failure: generic variant.`,
});

export const draftsNotCurrent = (reason: string, campaignDir = "campaigns/trial-expiration-3d", remedy?: string) => ({
  path: `${campaignDir}/drafts.json`,
  start_line: 1,
  end_line: 1,
  annotation_level: "failure",
  title: "drafts not current",
  message: `${reason}. To regenerate: ${remedy ?? `run \`copygate generate ${campaignDir}\` (or comment \`/copygate generate\` on the pull request) and commit ${campaignDir}/drafts.json`}.`,
});

/** The advice when the campaign's own brief does not validate: generation would refuse, so that comes first. */
export const FIX_BRIEF_FIRST = `fix campaigns/trial-expiration-3d/campaign.yaml first (generation refuses to run until it validates; see its findings), then ${REGENERATE_TRIAL}`;

/** A GitHub markdown table with every column padded to its widest cell, as the report aligns them. */
export function alignedTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(3, ...rows.map((r) => r[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(rows[0]!), line(widths.map((w) => "-".repeat(w))), ...rows.slice(1).map(line)].join("\n");
}

export const DEMO_CLOCK_NOTE =
  "- Freshness judged against the demo clock (2026-11-20T08:30:00.000Z): every source of this campaign is an embedded snapshot.";

/** The provenance line of committed, current drafts: generation model, prompt version, time, trace. */
export const draftsProvenance = (campaign: string, p: { model: string; workflow: string; prompt_version: number; generated_at: string; trace_id: string }): string =>
  `${campaign} drafts: generation ${p.model} with ${p.workflow} v${p.prompt_version} at ${p.generated_at} (trace ${p.trace_id}); judge verdicts as stored then`;
