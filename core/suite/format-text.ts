/** The terminal report, in the layout of issue 4 (eval suites). */
import { describeCriterion } from "./decision.ts";
import { provenanceLine } from "./provenance.ts";
import { formatInterval, formatPercent } from "./percent.ts";
import type { AnswerTally, CaseChange, RateLine, SuiteReport } from "./report.ts";
import type { Tally } from "./metrics.ts";
import { wilsonInterval } from "./wilson.ts";

export function formatText(report: SuiteReport): string {
  const lines = [
    `Eval suite: ${report.suite}`,
    `Dataset: ${report.dataset.label}`,
    ...(report.shard ? [`Shard: ${report.shard.index}/${report.shard.count} (${report.shard.cases} of ${report.dataset.cases} cases; merge the shards to decide)`] : []),
    `Candidate prompt: v${report.candidate.version}`,
    `Baseline prompt: v${report.baseline.version}`,
    ...(report.repeat > 1 ? [`Runs per case: ${report.repeat}`] : []),
    "Automated results:",
    ...report.automated.map(automatedLine),
    `- ${answersLine(report)}`,
    "Business proxy tests:",
    `- Reviewer acceptance: ${reviewerText(report)}`,
    "Decision:",
    decisionHeadline(report),
    ...report.criteria.map((c) => `- ${describeCriterion(c)}`),
    ...caseSection("Regressed cases (pass on baseline, fail on candidate)", report.regressed, "candidate"),
    ...caseSection("Improved cases (fail on baseline, pass on candidate)", report.improved, "baseline"),
    ...(report.repeat > 1 ? caseSection("Per-case pass rates (cases whose runs disagree)", report.unstable, "candidate") : []),
    ...errorSection(report),
    provenanceLine(report.provenance),
  ];
  return `${lines.join("\n")}\n`;
}

/** "120/120 pass [96.9–100%]" — the Wilson 95% interval beside the rate, so 118/120 is not over-read. */
export function tallyText(tally: Tally): string {
  if (tally.total === 0) return "skipped";
  return `${tally.pass}/${tally.total} pass [${formatInterval(wilsonInterval(tally.pass, tally.total))}%]`;
}

function automatedLine(line: RateLine): string {
  const baseline = line.baseline.total === 0 ? "skipped" : tallyText(line.baseline).replace(" pass", "");
  return `- ${line.label}: ${tallyText(line.candidate)} (baseline ${baseline})`;
}

export function reviewerText(report: SuiteReport): string {
  const reviewer = report.reviewer;
  if ("skipped" in reviewer) return `skipped: ${reviewer.skipped}`;
  const rate = (t: Tally): string => `${formatPercent(t.pass / t.total)} percent [${formatInterval(wilsonInterval(t.pass, t.total))}%]`;
  const base = reviewer.baseline.total === 0 ? "skipped" : `${rate(reviewer.baseline)} baseline`;
  const agreement = reviewer.agreement.total === 0
    ? "no recorded reviewer decisions to compare with"
    : `judge agrees with the recorded reviewer decisions on ${reviewer.agreement.pass}/${reviewer.agreement.total} baseline runs (${formatPercent(reviewer.agreement.pass / reviewer.agreement.total)} percent)`;
  return `${rate(reviewer.candidate)} vs ${base}; ${agreement}`;
}

/**
 * "Promote v8: all 4 promotion criteria are met." / "Do not promote v8: 2 of 4 promotion criteria do not hold." /
 * "Not yet: 2 criteria are inconclusive on 120 cases — run with --repeat or a larger dataset (about 900 cases needed)."
 */
export function decisionHeadline(report: SuiteReport): string {
  const v = `v${report.candidate.version}`;
  const { decision } = report;
  if (decision.verdict === "promote") return `Promote ${v}: all ${report.criteria.length} promotion criteria are met.`;
  if (decision.incomplete) return `Do not promote ${v}: ${decision.incomplete}.`;
  if (decision.verdict === "not_yet") return notYetHeadline(report);
  if (report.criteria.length === 0) return `Do not promote ${v}: ${decision.blocking[0]}.`;
  const unsettled = decision.inconclusive.length;
  const more = unsettled === 0 ? "" : `; ${unsettled} more ${unsettled === 1 ? "is" : "are"} inconclusive`;
  return `Do not promote ${v}: ${decision.blocking.length - unsettled} of ${report.criteria.length} promotion criteria do not hold${more}.`;
}

function notYetHeadline(report: SuiteReport): string {
  const n = report.decision.inconclusive.length;
  const criteria = n === 1 ? "1 criterion is" : `${n} criteria are`;
  const runs = report.repeat > 1 ? ` × ${report.repeat} runs` : "";
  const needed = report.decision.runsNeeded;
  const advice = needed === null
    ? "the observed rate sits at the threshold, so more cases alone may not settle it"
    : `about ${roughly(Math.ceil(needed / report.repeat))} cases needed`;
  return `Not yet: ${criteria} inconclusive on ${report.dataset.cases} cases${runs} — run with --repeat or a larger dataset (${advice}).`;
}

/** Rounds up to two significant figures: an estimate should not look more precise than it is. */
export function roughly(n: number): string {
  if (n < 100) return String(n);
  const step = 10 ** (Math.floor(Math.log10(n)) - 1);
  return (Math.ceil(n / step) * step).toLocaleString("en-US");
}

function caseSection(title: string, changes: CaseChange[], failedOn: "candidate" | "baseline"): string[] {
  if (changes.length === 0) return [`${title}: none`];
  return [`${title}: ${changes.length}`, ...changes.map((c) => `- ${caseLine(c, failedOn)}`)];
}

export function caseLine(change: CaseChange, failedOn: "candidate" | "baseline"): string {
  const rates = change.candidate.total > 1 ? ` (candidate ${change.candidate.pass}/${change.candidate.total}, baseline ${change.baseline.pass}/${change.baseline.total})` : "";
  const checks = change.checks.length > 0 ? `: failing on ${failedOn}: ${change.checks.join(", ")}` : "";
  return `${change.id}${rates}${checks}`;
}

/**
 * "Answers: 119/120 valid first time, 1 repaired (baseline 120/120 valid first time)": how the
 * answers JSON validity counts were obtained, so a repair or a resend never passes unseen.
 */
export function answersLine(report: SuiteReport): string {
  return `Answers: ${answerText(report.answers.candidate)} (baseline ${answerText(report.answers.baseline)})`;
}

export function answerText(t: AnswerTally): string {
  const parts = [`${t.first_valid}/${t.runs} valid first time`];
  if (t.repaired > 0) parts.push(`${t.repaired} repaired`);
  if (t.fallback > 0) parts.push(`${t.fallback} from a fallback model`);
  if (t.resent > 0) parts.push(`${t.resent} resent after endpoint errors`);
  if (t.lost_to_content > 0) parts.push(`${t.lost_to_content} without valid JSON`);
  if (t.lost_to_endpoint > 0) parts.push(`${t.lost_to_endpoint} lost to the endpoint`);
  return parts.join(", ");
}

function errorSection(report: SuiteReport): string[] {
  if (report.errors.length === 0) return [];
  return [
    `Errors (runs that ended without output; those without valid JSON count against JSON validity, those lost to the endpoint count nowhere and block the decision): ${report.errors.length}`,
    ...report.errors.map((e) => `- ${e.id} ${e.role} run ${e.run} (${e.stage}${e.lost_to_endpoint ? ", endpoint" : ""}): ${e.error}`),
  ];
}
