/**
 * A test's results judged against its promotion criteria: per-arm totals, the sample-ratio check,
 * every metric's rates and difference, and each criterion's verdict. Inconclusive is never a pass,
 * and a sample-ratio mismatch blocks every verdict.
 */
import type { Rollout } from "../model/index.ts";
import { rolloutCriteria, DEFAULT_TEST_PERCENT, type RolloutCriterion } from "./criteria.ts";
import { METRICS, METRIC_IDS, type MetricId } from "./metrics.ts";
import { armTotals, type ArmTotals, type LoadedResults } from "./results.ts";
import { checkSampleRatio, compareProportions, decide, type SampleRatioCheck, type TestOutcome, type TwoProportions } from "./stats/index.ts";

export type RolloutVerdict = "pass" | "fail" | "inconclusive" | "blocked";

export interface CriterionResult {
  criterion: RolloutCriterion;
  /** null when an arm has nothing to divide by (e.g. no delivered email yet). */
  outcome: TestOutcome | null;
  verdict: "pass" | "fail" | "inconclusive";
  reason: string;
}

export interface RolloutAnalysis {
  campaign: string;
  production: number;
  candidate: number;
  testPercent: number;
  origin: string;
  control: ArmTotals;
  treatment: ArmTotals;
  sampleRatio: SampleRatioCheck;
  metrics: { metric: MetricId; stats: TwoProportions | null }[];
  /** Prompt versions in the results that are neither arm (an earlier test, a typo): left out, and said so. */
  otherVersions: number[];
  criteria: CriterionResult[];
  verdict: RolloutVerdict;
  /** One line: the verdict and the reason that decided it. */
  summary: string;
}

export interface AnalyzeInput {
  campaign: string;
  rollout: Rollout;
  production: number;
  candidate: number;
  results: LoadedResults;
}

export function analyzeRollout(input: AnalyzeInput): RolloutAnalysis {
  const { rollout, production, candidate, results } = input;
  const testPercent = rollout.test_percent ?? DEFAULT_TEST_PERCENT;
  const control = armTotals(results.rows, production);
  const treatment = armTotals(results.rows, candidate);
  const sampleRatio = checkSampleRatio(control.sends, treatment.sends, testPercent / 100);
  const metrics = METRIC_IDS.map((metric) => ({ metric, stats: metricStats(metric, control, treatment) }));
  const criteria = rolloutCriteria(rollout).map((criterion) => judge(criterion, control, treatment));
  const otherVersions = [...new Set(results.rows.map((r) => r.prompt_version))].filter((v) => v !== production && v !== candidate).sort((a, b) => a - b);
  const base = { campaign: input.campaign, production, candidate, testPercent, origin: results.origin, control, treatment, sampleRatio, metrics, criteria, otherVersions };
  return { ...base, ...overall(base) };
}

function metricStats(metric: MetricId, control: ArmTotals, treatment: ArmTotals): TwoProportions | null {
  const { numerator, denominator } = METRICS[metric];
  if (control[denominator] === 0 || treatment[denominator] === 0) return null;
  return compareProportions({ successes: control[numerator], total: control[denominator] }, { successes: treatment[numerator], total: treatment[denominator] });
}

function judge(criterion: RolloutCriterion, control: ArmTotals, treatment: ArmTotals): CriterionResult {
  const { numerator, denominator } = METRICS[criterion.metric];
  if (control[denominator] === 0 || treatment[denominator] === 0) {
    const empty = control[denominator] === 0 ? `production v${control.promptVersion}` : `the candidate v${treatment.promptVersion}`;
    return { criterion, outcome: null, verdict: "inconclusive", reason: `no ${denominator} recipients for ${empty} yet` };
  }
  const outcome = decide({ successes: control[numerator], total: control[denominator] }, { successes: treatment[numerator], total: treatment[denominator] }, criterion.plan);
  return { criterion, outcome, verdict: outcome.verdict, reason: outcome.reason };
}

function overall(a: Pick<RolloutAnalysis, "sampleRatio" | "criteria" | "control" | "treatment" | "testPercent">): { verdict: RolloutVerdict; summary: string } {
  if (a.treatment.sends === 0 || a.control.sends === 0) {
    const missing = a.treatment.sends === 0 ? `the candidate v${a.treatment.promptVersion}` : `production v${a.control.promptVersion}`;
    return { verdict: "inconclusive", summary: `inconclusive — no results for ${missing} yet` };
  }
  if (a.sampleRatio.mismatch) {
    const { treatment, control } = a.sampleRatio.observed;
    const share = ((100 * treatment) / (treatment + control)).toFixed(2);
    return {
      verdict: "blocked",
      summary: `blocked — sample-ratio mismatch: the test arm holds ${share} % of ${(treatment + control).toLocaleString("en-US")} sends, configured ${a.testPercent} % (χ² = ${a.sampleRatio.chiSquare.toFixed(2)}, ${pEquals(a.sampleRatio.p)}); fix assignment or delivery before reading any metric`,
    };
  }
  if (a.criteria.length === 0) return { verdict: "inconclusive", summary: "inconclusive — the rollout names no promotion criteria (primary_metric, goals or guardrails)" };
  const failed = a.criteria.find((c) => c.verdict === "fail");
  if (failed) return { verdict: "fail", summary: `fail — ${failed.criterion.label}: ${failed.reason}` };
  const open = a.criteria.find((c) => c.verdict === "inconclusive");
  if (open) return { verdict: "inconclusive", summary: `inconclusive — ${open.criterion.label}: ${open.reason.replace(/^inconclusive — /, "")}` };
  return { verdict: "pass", summary: `pass — all ${a.criteria.length} promotion criteria shown` };
}

/** p-values as people read them: 2 significant digits, "< 0.0001" below. */
export function formatP(p: number): string {
  return p < 0.0001 ? "< 0.0001" : p.toPrecision(2).replace(/e.*$/, "");
}

/** "p = 0.051" or "p < 0.0001". */
export function pEquals(p: number): string {
  const text = formatP(p);
  return text.startsWith("<") ? `p ${text}` : `p = ${text}`;
}
