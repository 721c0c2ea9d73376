/**
 * The business metrics a rollout is judged on: each a rate of one per-arm count over another,
 * and which way is better. A new metric is one line here (the schema lists the same ids).
 */
import type { Direction } from "./stats/index.ts";

/** The per-arm counts a results row carries. */
export const COUNT_COLUMNS = ["sends", "delivered", "clicks", "upgrades", "unsubscribes", "spam_complaints", "support_tickets"] as const;
export type CountColumn = (typeof COUNT_COLUMNS)[number];
export type ArmCounts = Record<CountColumn, number>;

export type MetricId = "delivery_rate" | "click_rate" | "upgrade_rate" | "unsubscribe_rate" | "spam_complaint_rate" | "support_ticket_rate";

export interface MetricDefinition {
  label: string;
  numerator: CountColumn;
  denominator: CountColumn;
  better: Direction;
}

export const METRICS: Record<MetricId, MetricDefinition> = {
  delivery_rate: { label: "delivery rate", numerator: "delivered", denominator: "sends", better: "higher" },
  click_rate: { label: "click rate", numerator: "clicks", denominator: "delivered", better: "higher" },
  upgrade_rate: { label: "upgrade rate", numerator: "upgrades", denominator: "delivered", better: "higher" },
  unsubscribe_rate: { label: "unsubscribe rate", numerator: "unsubscribes", denominator: "delivered", better: "lower" },
  spam_complaint_rate: { label: "spam complaint rate", numerator: "spam_complaints", denominator: "delivered", better: "lower" },
  support_ticket_rate: { label: "support ticket rate", numerator: "support_tickets", denominator: "delivered", better: "lower" },
};

export const METRIC_IDS = Object.keys(METRICS) as MetricId[];

export function isMetricId(value: unknown): value is MetricId {
  return typeof value === "string" && Object.hasOwn(METRICS, value);
}
