/** A rollout analysis as text (CLI), markdown (PR comment, report) and JSON. */
import { markdownTable } from "markdown-table";
import { formatP, pEquals, type CriterionResult, type RolloutAnalysis } from "./analyze.ts";
import { METRICS } from "./metrics.ts";
import type { Interval, TestOutcome, TwoProportions } from "./stats/index.ts";

/** 2.90 % — three decimals below 1 %, where unsubscribe and complaint rates live. */
export function percent(rate: number): string {
  return `${(rate * 100).toFixed(Math.abs(rate) < 0.01 ? 3 : 2)} %`;
}

export function points(diff: number): string {
  const value = (diff * 100).toFixed(Math.abs(diff) < 0.01 ? 3 : 2);
  return `${diff >= 0 ? "+" : ""}${value} pp`;
}

function range(interval: Interval, as: (x: number) => string): string {
  return `${as(interval.low)} to ${as(interval.high)}`;
}

const count = (n: number) => n.toLocaleString("en-US");

function criterionRow(c: CriterionResult): string[] {
  const o = c.outcome;
  const label = `${c.criterion.kind === "goal" ? "Goal" : "Guardrail"}: ${c.criterion.label}`;
  if (!o) return [label, "—", "—", "—", "—", `${c.verdict}: ${c.reason}`];
  const interval = o.sequentialInterval ? `${range(o.sequentialInterval, points)} (always valid)` : range(o.newcombe, points);
  return [label, percent(o.rateControl), percent(o.rateTreatment), `${points(o.diff)} (${interval})`, o.pOneSided === null ? "—" : formatP(o.pOneSided), verdictText(c)];
}

function verdictText(c: CriterionResult): string {
  return c.reason.startsWith(c.verdict) ? c.reason : `${c.verdict} — ${c.reason}`;
}

function armLine(a: RolloutAnalysis): string {
  const others = a.otherVersions.length ? ` Rows of ${a.otherVersions.map((v) => `v${v}`).join(", ")} are neither arm and are left out.` : "";
  return `Candidate v${a.candidate} (${count(a.treatment.sends)} sends) against production v${a.production} (${count(a.control.sends)} sends), test arm configured at ${a.testPercent} %; results from ${a.origin}.${others}`;
}

function srmLine(a: RolloutAnalysis): string {
  const s = a.sampleRatio;
  const fit = s.mismatch ? "MISMATCH (alarm below p = 0.001)" : "fits";
  return `Sample ratio: χ² = ${s.chiSquare.toFixed(2)}, ${pEquals(s.p)}: ${fit}.`;
}

function metricRow(metric: keyof typeof METRICS, stats: TwoProportions | null): string[] {
  const label = METRICS[metric].label;
  if (!stats) return [label, "—", "—", "—", "—"];
  const lift = stats.relativeLift === null ? "—" : `${stats.relativeLift >= 0 ? "+" : ""}${(stats.relativeLift * 100).toFixed(1)} %`;
  return [
    label,
    `${percent(stats.rateControl)} (${range(stats.wilsonControl, percent)})`,
    `${percent(stats.rateTreatment)} (${range(stats.wilsonTreatment, percent)})`,
    `${points(stats.diff)} (${range(stats.newcombe, points)})`,
    lift,
  ];
}

const CRITERIA_HEADER = ["Criterion", "Production", "Candidate", "Difference (95 % interval)", "p (one-sided)", "Verdict"];
const METRICS_HEADER = ["Metric", "Production (95 % Wilson)", "Candidate (95 % Wilson)", "Difference (95 % Newcombe)", "Relative lift"];

export function analysisMarkdown(a: RolloutAnalysis): string {
  const parts = [`**${a.summary}**`, armLine(a), srmLine(a)];
  if (a.criteria.length) parts.push(markdownTable([CRITERIA_HEADER, ...a.criteria.map(criterionRow)]));
  const metrics = a.metrics.map((m) => metricRow(m.metric, m.stats));
  parts.push(`<details><summary>Every metric</summary>\n\n${markdownTable([METRICS_HEADER, ...metrics])}\n\n</details>`);
  return parts.join("\n\n");
}

export function analysisText(a: RolloutAnalysis): string {
  const lines = [`Rollout ${a.campaign}: ${a.summary}`, armLine(a), srmLine(a), ""];
  if (a.criteria.length) {
    lines.push("Promotion criteria:");
    for (const c of a.criteria) {
      const [label, control, treatment, diff, p, verdict] = criterionRow(c);
      lines.push(`  ${label}`, `    production ${control} · candidate ${treatment} · difference ${diff} · p ${p}`, `    ${verdict}`);
    }
    lines.push("");
  }
  lines.push("Every metric (95 % intervals):");
  for (const m of a.metrics) {
    const [label, control, treatment, diff, lift] = metricRow(m.metric, m.stats);
    lines.push(`  ${label}: production ${control} · candidate ${treatment} · difference ${diff} · lift ${lift}`);
  }
  return `${lines.join("\n")}\n`;
}

export function analysisJson(a: RolloutAnalysis): unknown {
  return {
    campaign: a.campaign,
    verdict: a.verdict,
    summary: a.summary,
    production: { prompt_version: a.production, ...a.control },
    candidate: { prompt_version: a.candidate, ...a.treatment },
    test_percent: a.testPercent,
    origin: a.origin,
    other_versions: a.otherVersions,
    sample_ratio: { chi_square: a.sampleRatio.chiSquare, p: a.sampleRatio.p, mismatch: a.sampleRatio.mismatch, observed: a.sampleRatio.observed, expected: a.sampleRatio.expected },
    criteria: a.criteria.map((c) => ({ kind: c.criterion.kind, metric: c.criterion.metric, label: c.criterion.label, verdict: c.verdict, reason: c.reason, ...(c.outcome ? outcomeJson(c.outcome) : {}) })),
    metrics: Object.fromEntries(a.metrics.map((m) => [m.metric, m.stats])),
  };
}

export function outcomeJson(o: TestOutcome): Record<string, unknown> {
  return {
    rate_control: o.rateControl,
    rate_treatment: o.rateTreatment,
    diff: o.diff,
    relative_lift: o.relativeLift,
    wilson_control: [o.wilsonControl.low, o.wilsonControl.high],
    wilson_treatment: [o.wilsonTreatment.low, o.wilsonTreatment.high],
    newcombe: [o.newcombe.low, o.newcombe.high],
    standard_error: o.standardError,
    z: o.z,
    z_one_sided: o.zOneSided,
    p_two_sided: o.pTwoSided,
    p_one_sided: o.pOneSided,
    ...(o.sequentialInterval ? { sequential_interval: [o.sequentialInterval.low, o.sequentialInterval.high] } : {}),
    verdict: o.verdict,
    needed_per_arm: o.neededPerArm,
    more_needed_per_arm: o.moreNeededPerArm,
  };
}
