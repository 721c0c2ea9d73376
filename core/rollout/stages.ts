/**
 * The rollout stages in order. A prompt version moves one stage per pull request; offline,
 * internal and shadow publish nothing to customers (the bot reads `publishesToCustomers`).
 */
import type { RolloutStage } from "../model/index.ts";

export const STAGES: readonly RolloutStage[] = ["offline", "internal", "shadow", "test", "production"];

/** What each stage means, for the PR comment and the README. */
export const STAGE_MEANING: Record<RolloutStage, string> = {
  offline: "evals on datasets only",
  internal: "drafts read by the team; nothing sent",
  shadow: "generated beside the copy actually sent; nothing sent",
  test: "a test arm of the audience gets the candidate's drafts",
  production: "the whole audience gets the candidate's drafts",
};

export function isStage(value: unknown): value is RolloutStage {
  return typeof value === "string" && (STAGES as readonly string[]).includes(value);
}

export function stageIndex(stage: RolloutStage): number {
  return STAGES.indexOf(stage);
}

/** Offline, internal and shadow never reach a customer: a publish target must do nothing for them. */
export function publishesToCustomers(stage: RolloutStage | undefined): boolean {
  return stage === undefined || stage === "test" || stage === "production";
}

/** Stages a rollout block may start at when it first appears: none sends to customers. */
export const STARTING_STAGES: readonly RolloutStage[] = ["offline", "internal", "shadow"];
