/**
 * The markdown report for the PR comment and the job summary. Built in parts that degrade in
 * steps when the body would pass a size budget (GitHub rejects comments over 65,536 characters):
 * case lists are cut first, then the per-check table, never the decision.
 */
import { markdownTable } from "markdown-table";
import { evidence, verdictWord } from "./decision.ts";
import { answersLine, caseLine, decisionHeadline, reviewerText, tallyText } from "./format-text.ts";
import { provenanceLine } from "./provenance.ts";
import type { CaseChange, SuiteReport } from "./report.ts";

export const GITHUB_COMMENT_LIMIT = 65_536;

/** `provenance: false` when the caller shows the provenance itself (the PR gate's report footer). */
export function formatMarkdown(report: SuiteReport, maxChars = GITHUB_COMMENT_LIMIT, options: { provenance?: boolean } = {}): string {
  const head = headSection(report);
  const decision = decisionSection(report);
  const results = resultsSection(report);
  const lists = [
    caseList("Regressed cases (pass on baseline, fail on candidate)", report.regressed, "candidate"),
    caseList("Improved cases (fail on baseline, pass on candidate)", report.improved, "baseline"),
    ...(report.repeat > 1 ? [caseList("Per-case pass rates (runs disagree)", report.unstable, "candidate")] : []),
    ...(report.errors.length > 0 ? [errorList(report)] : []),
  ];
  const provenance = options.provenance === false ? "" : `<sub>${provenanceLine(report.provenance)}</sub>`;
  const join = (parts: string[]): string => `${[...parts, provenance].filter((p) => p !== "").join("\n\n")}\n`;
  const full = join([head, results, decision, ...lists.map((l) => l.render(Infinity))]);
  if (full.length <= maxChars) return full;
  // Step 1: shorten the case lists to what fits, keeping a count of what was left out.
  const perList = Math.floor((maxChars - join([head, results, decision]).length) / Math.max(1, lists.length)) - 2;
  if (perList >= MIN_LIST_CHARS) {
    const shortened = join([head, results, decision, ...lists.map((l) => l.render(perList))]);
    if (shortened.length <= maxChars) return shortened;
  }
  // Step 2: the lists as counts only; step 3: only the criteria and the decision.
  const counted = join([head, results, decision, ...lists.map((l) => l.render(0))]);
  if (counted.length <= maxChars) return counted;
  return join([head, criteriaTable(report), decision, "_Per-check results and case lists left out: the report is larger than the comment allows._"]).slice(0, maxChars);
}

/** Below this, a shortened list would show no case at all: drop to counts instead. */
const MIN_LIST_CHARS = 200;

function headSection(report: SuiteReport): string {
  const shard = report.shard ? ` · shard ${report.shard.index}/${report.shard.count} (${report.shard.cases} cases)` : "";
  const repeat = report.repeat > 1 ? ` · ${report.repeat} runs per case` : "";
  return `### Eval suite: ${report.suite}\n\nCandidate prompt **v${report.candidate.version}** vs baseline **v${report.baseline.version}** on ${report.dataset.label}${shard}${repeat}.`;
}

function resultsSection(report: SuiteReport): string {
  const rows = report.automated.map((l) => [l.label, tallyText(l.candidate), tallyText(l.baseline)]);
  return [
    "**Automated results** (95% Wilson interval in brackets)",
    markdownTable([["Check", `Candidate v${report.candidate.version}`, `Baseline v${report.baseline.version}`], ...rows]),
    answersLine(report),
    `**Business proxy tests**\n\n- Reviewer acceptance: ${reviewerText(report)}`,
    criteriaTable(report),
  ].join("\n\n");
}

function criteriaTable(report: SuiteReport): string {
  if (report.criteria.length === 0) return "**Promotion criteria**: none defined";
  const rows = report.criteria.map((c) => [c.criterion.label, verdictWord(c), evidence(c)]);
  return `**Promotion criteria**\n\n${markdownTable([["Criterion", "Verdict", "Evidence"], ...rows])}`;
}

const VERDICT_ICON = { promote: "✅", not_yet: "⏳", do_not_promote: "⛔" } as const;

function decisionSection(report: SuiteReport): string {
  const icon = VERDICT_ICON[report.decision.verdict];
  return `**Decision:** ${icon} ${decisionHeadline(report)}`;
}

interface Section {
  render(maxChars: number): string;
}

function caseList(title: string, changes: CaseChange[], failedOn: "candidate" | "baseline"): Section {
  const items = changes.map((c) => `- \`${c.id}\`${caseLine(c, failedOn).slice(c.id.length)}`);
  return { render: (max) => details(`${title}: ${changes.length}`, items, max) };
}

function errorList(report: SuiteReport): Section {
  const items = report.errors.map((e) => `- \`${e.id}\` ${e.role} run ${e.run} (${e.stage}${e.lost_to_endpoint ? ", endpoint" : ""}): ${e.error}`);
  return { render: (max) => details(`Errors (runs that ended without output): ${report.errors.length}`, items, max) };
}

/** A collapsed list; with a budget, as many items as fit and a line saying how many were left out. */
function details(summary: string, items: string[], maxChars: number): string {
  if (items.length === 0) return `**${summary}**`;
  if (maxChars <= 0) return `**${summary}** (list left out for size)`;
  const open = `<details><summary>${summary}</summary>\n\n`;
  const close = "\n\n</details>";
  const kept: string[] = [];
  let size = open.length + close.length + 40;
  for (const item of items) {
    if (size + item.length + 1 > maxChars) break;
    kept.push(item);
    size += item.length + 1;
  }
  const more = items.length - kept.length;
  return `${open}${[...kept, ...(more > 0 ? [`- …and ${more} more`] : [])].join("\n")}${close}`;
}
