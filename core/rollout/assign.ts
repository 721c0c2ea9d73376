/**
 * Deterministic assignment: a recipient's arm comes from a hash of (campaign salt, recipient id)
 * alone — the same on every run, whatever the order of the list and whoever else is in it. The
 * bucket is GrowthBook's hash version 2 (FNV-1a 32 of FNV-1a 32 of salt + id, modulo 10,000), so
 * a team that also runs GrowthBook with seed = salt sees the same arms; below the test share means
 * the test arm. Changing the salt reshuffles everyone (a new test, new arms).
 */
import type { RolloutStage } from "../model/index.ts";

export type Arm = "test" | "production";

export interface ArmPlan {
  stage: RolloutStage;
  salt: string;
  /** Test share in percent (used at the test stage only). */
  testPercent: number;
  candidate: number;
  production: number;
}

export interface AssignmentSummary {
  /** Every assigned recipient's arm, in list order (a Map: 1,000,000 recipients cost one entry each). */
  arms: Map<string, Arm>;
  counts: Record<Arm, number>;
  /** Recipients left out: excluded by the contract (consent, contradictions) or listed twice. */
  excluded: number;
  /** The prompt version whose drafts an arm gets: the candidate's for the test arm, production's for the rest. */
  promptVersion: Record<Arm, number>;
}

/** FNV-1a, 32 bits, over UTF-16 code units (as GrowthBook's SDKs hash). */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The recipient's place in [0, 1) in steps of 1/10,000; the second round evens out FNV's low bits. */
export function bucketOf(salt: string, recipientId: string): number {
  return (fnv1a32(String(fnv1a32(salt + recipientId))) % 10_000) / 10_000;
}

/** Which arm a stage gives a recipient: only the test stage splits the audience. */
export function armOf(plan: Pick<ArmPlan, "stage" | "salt" | "testPercent">, recipientId: string): Arm {
  if (plan.stage === "production") return "test";
  if (plan.stage !== "test") return "production"; // offline, internal and shadow send production's copy only
  return bucketOf(plan.salt, recipientId) < plan.testPercent / 100 ? "test" : "production";
}

/** Assigns every eligible recipient once; ids in `excluded` never get an arm, nor does a repeated id. */
export function assignRecipients(recipientIds: Iterable<string>, plan: ArmPlan, excluded: ReadonlySet<string> = new Set()): AssignmentSummary {
  const arms = new Map<string, Arm>();
  const counts: Record<Arm, number> = { test: 0, production: 0 };
  let left = 0;
  for (const id of recipientIds) {
    if (excluded.has(id) || arms.has(id)) {
      left++;
      continue;
    }
    const arm = armOf(plan, id);
    counts[arm]++;
    arms.set(id, arm);
  }
  return { arms, counts, excluded: left, promptVersion: { test: plan.candidate, production: plan.production } };
}
