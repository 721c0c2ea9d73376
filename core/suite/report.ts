/**
 * The suite report, derived only from a results file: the same results always give the same
 * report, which is what makes merged shards identical to an unsharded run.
 */
import { evaluateCriterion, type CriterionOutcome } from "./criteria.ts";
import { decide, type Decision } from "./decision.ts";
import { METRICS, REVIEWER_JUDGE_CHECK, failingChecks, isMetricId, lostToEndpoint, passes, runPasses, tallyChecks, type MetricId, type Tally } from "./metrics.ts";
import { suiteProvenance, type SuiteProvenance } from "./provenance.ts";
import type { CaseResult, PromptRef, RunOutcome, SuiteResults, VersionRole } from "./types.ts";

export interface RateLine {
  id: string;
  label: string;
  candidate: Tally;
  baseline: Tally;
}

export interface ReviewerLine {
  candidate: Tally;
  baseline: Tally;
  /** Judge verdicts on baseline runs that agree with the dataset's recorded reviewer decisions. */
  agreement: Tally;
}

export interface CaseChange {
  id: string;
  candidate: Tally;
  baseline: Tally;
  /** Checks that failed on the candidate (regressed) or on the baseline (improved). */
  checks: string[];
}

export interface RunError {
  id: string;
  role: VersionRole;
  run: number;
  stage: string;
  error: string;
  /** The endpoint (or the run's budget) ended this run, not its content. */
  lost_to_endpoint?: boolean;
}

/** How the answers were obtained, beside JSON validity: "119/120 valid first time, 1 repaired". */
export interface AnswerTally {
  runs: number;
  first_valid: number;
  repaired: number;
  fallback: number;
  /** Runs that needed at least one resend after an endpoint failure. */
  resent: number;
  lost_to_content: number;
  lost_to_endpoint: number;
}

export interface SuiteReport {
  suite: string;
  workflow: string;
  candidate: PromptRef;
  baseline: PromptRef;
  dataset: { label: string; cases: number };
  repeat: number;
  /** Set on a single shard's report: it decides nothing about the whole suite. */
  shard: { index: number; count: number; cases: number } | null;
  /** Criteria metrics first (JSON validity, unsupported claims, …), then every other check. */
  automated: RateLine[];
  answers: { candidate: AnswerTally; baseline: AnswerTally };
  reviewer: ReviewerLine | { skipped: string };
  criteria: CriterionOutcome[];
  decision: Decision;
  regressed: CaseChange[];
  improved: CaseChange[];
  /** With --repeat > 1: cases whose runs did not all agree, with per-case pass rates. */
  unstable: CaseChange[];
  errors: RunError[];
  provenance: SuiteProvenance;
}

export function buildReport(results: SuiteResults): SuiteReport {
  const cases = [...results.cases].sort((a, b) => a.index - b.index);
  const runs = (role: VersionRole): RunOutcome[] => cases.flatMap((c) => c[role]);
  const automated = automatedLines(results, cases, runs);
  const reviewer = reviewerLine(results, cases, runs);
  const criteria = results.criteria.map((criterion) => {
    const metric = criterion.metric as MetricId;
    if (metric === "reviewer_acceptance" && "skipped" in reviewer) return evaluateCriterion(criterion, { pass: 0, total: 0 }, reviewer.skipped);
    const definition = METRICS[metric];
    return evaluateCriterion(criterion, tallyChecks(runs("candidate"), definition.checks, definition.errorsFail, definition.firstAnswer));
  });
  const changes = caseChanges(cases);
  const lost = [...runs("candidate"), ...runs("baseline")].filter(lostToEndpoint).length;
  return {
    suite: results.suite,
    workflow: results.workflow,
    candidate: results.candidate,
    baseline: results.baseline,
    dataset: { label: datasetLabel(results), cases: results.total_cases },
    repeat: results.repeat,
    shard: results.shard ? { ...results.shard, cases: cases.length } : null,
    automated,
    answers: { candidate: answerTally(runs("candidate")), baseline: answerTally(runs("baseline")) },
    reviewer,
    criteria,
    decision: decide(criteria, lost),
    ...changes,
    errors: runErrors(cases),
    provenance: suiteProvenance(results),
  };
}

function automatedLines(results: SuiteResults, cases: CaseResult[], runs: (role: VersionRole) => RunOutcome[]): RateLine[] {
  const lines: RateLine[] = [];
  const covered = new Set<string>([REVIEWER_JUDGE_CHECK]);
  for (const id of Object.keys(METRICS) as MetricId[]) {
    const definition = METRICS[id];
    if (definition.judge) continue;
    definition.checks.forEach((c) => covered.add(c));
    lines.push({ id, label: definition.label, candidate: tallyChecks(runs("candidate"), definition.checks, definition.errorsFail, definition.firstAnswer),
      baseline: tallyChecks(runs("baseline"), definition.checks, definition.errorsFail, definition.firstAnswer) });
  }
  // Every other check, in the order the pipeline first reported it (case order, so shards agree).
  for (const id of checkOrder(cases)) {
    if (covered.has(id) || isMetricId(id)) continue;
    lines.push({ id, label: results.check_labels[id] ?? id, candidate: tallyChecks(runs("candidate"), [id]), baseline: tallyChecks(runs("baseline"), [id]) });
  }
  return lines;
}

function checkOrder(cases: CaseResult[]): string[] {
  const order = new Set<string>();
  for (const c of cases) for (const run of [...c.candidate, ...c.baseline]) if (run.ok) Object.keys(run.checks).forEach((id) => order.add(id));
  return [...order];
}

function reviewerLine(results: SuiteResults, cases: CaseResult[], runs: (role: VersionRole) => RunOutcome[]): SuiteReport["reviewer"] {
  if (results.judge === null) return { skipped: "no judge model" };
  const agreement: Tally = { pass: 0, total: 0 };
  for (const c of cases) {
    if (!c.reviewer_decision) continue;
    for (const run of c.baseline) {
      const status = run.ok ? run.checks[REVIEWER_JUDGE_CHECK] : undefined;
      if (status === undefined || status === "skipped") continue;
      agreement.total++;
      if (passes(status, REVIEWER_JUDGE_CHECK) === (c.reviewer_decision === "accept")) agreement.pass++;
    }
  }
  const candidate = tallyChecks(runs("candidate"), [REVIEWER_JUDGE_CHECK]);
  if (candidate.total === 0) return { skipped: skippedJudgeReason(runs("candidate")) ?? "the judge gave no verdict" };
  return { candidate, baseline: tallyChecks(runs("baseline"), [REVIEWER_JUDGE_CHECK]), agreement };
}

/** Why the reviewer judge was skipped (say, a simulated verdict refused), from the first run that says. */
function skippedJudgeReason(runs: RunOutcome[]): string | undefined {
  for (const run of runs) {
    const message = run.ok && run.checks[REVIEWER_JUDGE_CHECK] === "skipped" ? run.messages?.[REVIEWER_JUDGE_CHECK] : undefined;
    if (message) return message.replace(/^skipped: /, "");
  }
  return undefined;
}

function answerTally(runs: RunOutcome[]): AnswerTally {
  const tally: AnswerTally = { runs: runs.length, first_valid: 0, repaired: 0, fallback: 0, resent: 0, lost_to_content: 0, lost_to_endpoint: 0 };
  for (const run of runs) {
    if (!run.ok) {
      if (lostToEndpoint(run)) tally.lost_to_endpoint++;
      else if (run.stage === "generate") tally.lost_to_content++;
      continue;
    }
    const answer = run.answer;
    if (!answer || answer.first_valid) tally.first_valid++;
    if (answer?.repaired) tally.repaired++;
    if (answer?.fallback_model) tally.fallback++;
    if (answer?.resent) tally.resent++;
  }
  return tally;
}

function caseChanges(cases: CaseResult[]): Pick<SuiteReport, "regressed" | "improved" | "unstable"> {
  const regressed: CaseChange[] = [];
  const improved: CaseChange[] = [];
  const unstable: CaseChange[] = [];
  for (const c of cases) {
    const candidate = { pass: c.candidate.filter(runPasses).length, total: c.candidate.length };
    const baseline = { pass: c.baseline.filter(runPasses).length, total: c.baseline.length };
    if (candidate.pass < baseline.pass) regressed.push({ id: c.id, candidate, baseline, checks: failedIn(c.candidate) });
    if (candidate.pass > baseline.pass) improved.push({ id: c.id, candidate, baseline, checks: failedIn(c.baseline) });
    const mixed = (t: Tally): boolean => t.pass > 0 && t.pass < t.total;
    if (mixed(candidate) || mixed(baseline)) unstable.push({ id: c.id, candidate, baseline, checks: failedIn(c.candidate) });
  }
  return { regressed, improved, unstable };
}

function failedIn(runs: RunOutcome[]): string[] {
  return [...new Set(runs.flatMap(failingChecks))];
}

function runErrors(cases: CaseResult[]): RunError[] {
  const errors: RunError[] = [];
  for (const c of cases) {
    for (const role of ["candidate", "baseline"] as const) {
      c[role].forEach((run, i) => {
        if (!run.ok) errors.push({ id: c.id, role, run: i + 1, stage: run.stage, error: run.error, ...(lostToEndpoint(run) ? { lost_to_endpoint: true } : {}) });
      });
    }
  }
  return errors;
}

/** "120 historical campaign briefs" (historical_briefs.jsonl), "15 edge cases" (edge_cases.jsonl); several files are listed. */
export function datasetLabel(results: Pick<SuiteResults, "datasets" | "total_cases">): string {
  const kind = (path: string): string => (path.split("/").pop() ?? path).replace(/\.jsonl$/, "").replace(/_?briefs$/, "").replace(/_/g, " ").trim();
  const describe = (count: number, path: string): string => {
    const k = kind(path);
    return /cases$/.test(k) ? `${count} ${k}` : `${count} ${k ? `${k} ` : ""}campaign briefs`;
  };
  const [only] = results.datasets;
  if (results.datasets.length === 1 && only) return describe(results.total_cases, only.path);
  return `${results.total_cases} cases (${results.datasets.map((d) => describe(d.cases, d.path)).join(", ")})`;
}
