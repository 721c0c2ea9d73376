/**
 * The promotion criteria of a rollout, from campaign.yaml: goals (the primary metric, and any
 * listed goal) must be shown better than production (superiority) or not worse by more than
 * their margin (non-inferiority); guardrails must be shown not worse by more than max_worse_pp.
 */
import type { Rollout } from "../model/index.ts";
import { METRICS, type MetricId } from "./metrics.ts";
import { DEFAULT_SEQUENTIAL_TUNING, describeClaim, type TestPlan } from "./stats/index.ts";

export interface RolloutCriterion {
  kind: "goal" | "guardrail";
  metric: MetricId;
  plan: TestPlan;
  /** "upgrade rate higher than production" */
  label: string;
}

export const DEFAULT_ALPHA = 0.05;
export const DEFAULT_POWER = 0.8;
/** The test arm's share when campaign.yaml names none: inside the 5–10 % a first test should use. */
export const DEFAULT_TEST_PERCENT = 10;

export function rolloutCriteria(rollout: Rollout): RolloutCriterion[] {
  const common = {
    alpha: rollout.alpha ?? DEFAULT_ALPHA,
    power: rollout.power ?? DEFAULT_POWER,
    ...(rollout.sequential ? { sequential: { tuning: rollout.sequential === true ? DEFAULT_SEQUENTIAL_TUNING : rollout.sequential.tuning } } : {}),
  };
  const criterion = (kind: RolloutCriterion["kind"], metric: MetricId, marginPp: number): RolloutCriterion => {
    const plan: TestPlan = { ...common, direction: METRICS[metric].better, marginPp };
    return { kind, metric, plan, label: `${METRICS[metric].label} ${describeClaim(plan)}` };
  };
  const goals = [
    ...(rollout.primary_metric ? [{ metric: rollout.primary_metric, test: "superiority" as const }] : []),
    ...(rollout.goals ?? []),
  ];
  return [
    ...goals.map((g) => criterion("goal", g.metric as MetricId, g.test === "non_inferiority" ? (g.margin_pp ?? 0) : 0)),
    ...(rollout.guardrails ?? []).map((g) => criterion("guardrail", g.metric as MetricId, g.max_worse_pp)),
  ];
}
