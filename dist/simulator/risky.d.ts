import type { SimBrief } from "./brief.ts";
import type { Choices } from "./random.ts";
/**
 * One realistic violation, the kind a model slips in on a bad day: the copy is otherwise clean, so
 * the evals (not the generator) must be the ones to catch it.
 */
export type RiskKind = "invented_statistic" | "competitor_name" | "guarantee" | "second_discount" | "soc2_claim";
export declare const RISK_KINDS: readonly RiskKind[];
export declare function injectRisk(copy: Record<string, unknown>, brief: SimBrief, choose: Choices): RiskKind;
