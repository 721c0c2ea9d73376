/**
 * A stage move in a pull request, checked: one stage forward at a time (rolling back is always
 * allowed), and test → production only when the promotion criteria pass on the test's results.
 * The criteria come from the base commit — the ones agreed before the test ran — so a pull
 * request cannot loosen them in the same breath as it promotes.
 */
import { parseLocated } from "../validate/positions.ts";
import type { Rollout, RolloutStage } from "../model/index.ts";
import type { RolloutAnalysis } from "./analyze.ts";
import { isStage, stageIndex, STAGES, STARTING_STAGES } from "./stages.ts";

export interface StageMoveCheck {
  campaign: string;
  /** campaigns/<id>/campaign.yaml, and the line of rollout.stage in the head. */
  file: string;
  line: number;
  /** null when the rollout block is new in this pull request. */
  from: RolloutStage | null;
  to: RolloutStage;
  verdict: "allowed" | "blocked";
  reason: string;
  /** The test's results, read for a move to production. */
  analysis?: RolloutAnalysis;
}

export interface StageMoveInput {
  campaign: string;
  file: string;
  /** campaign.yaml at the base commit (null: new file) and at the head. */
  baseText: string | null;
  headText: string;
  /** Reads the test's results, judged by the given (base) criteria. */
  analyze: (criteria: Rollout) => Promise<RolloutAnalysis>;
}

/**
 * null when there is no move to judge: the stage did not change, the head has no readable rollout
 * block (validate reports that), or a new campaign starts below production.
 */
export async function checkStageMove(input: StageMoveInput): Promise<StageMoveCheck | null> {
  const head = parseLocated(input.headText);
  const headRollout = rolloutOf(head.data);
  if (!headRollout || !isStage(headRollout.stage)) return null;
  const baseRollout = input.baseText === null ? null : rolloutOf(parseLocated(input.baseText).data);
  const from = baseRollout && isStage(baseRollout.stage) ? baseRollout.stage : null;
  const to = headRollout.stage;
  if (from === to) return null;
  // A campaign new in this pull request is reviewed as a whole; only putting an untested candidate
  // in front of everyone at once is a skipped stage (a copy of a campaign under test may keep testing).
  if (input.baseText === null && to !== "production") return null;
  const where = { campaign: input.campaign, file: input.file, line: head.locate(["rollout", "stage"]).line, from, to };
  const allowed = (reason: string): StageMoveCheck => ({ ...where, verdict: "allowed", reason });
  const blocked = (reason: string): StageMoveCheck => ({ ...where, verdict: "blocked", reason });

  if (input.baseText === null) return blocked("a new campaign starts at test or earlier: production needs a test's results");
  if (from === null) {
    return STARTING_STAGES.includes(to) ? allowed(`the rollout starts at ${to}`) : blocked(`a new rollout starts at ${STARTING_STAGES.join(", ")} (none sends to customers); reach ${to} one stage per pull request`);
  }
  const step = stageIndex(to) - stageIndex(from);
  if (step < 0) return allowed(`rollback from ${from} to ${to}: always allowed`);
  if (step > 1) {
    const skipped = STAGES.slice(stageIndex(from) + 1, stageIndex(to));
    return blocked(`${from} → ${to} skips ${skipped.join(" and ")}: move one stage per pull request`);
  }
  if (to !== "production") return allowed(`${from} → ${to}, one stage forward`);
  return promotion(where, baseRollout!, input.analyze);
}

async function promotion(where: Omit<StageMoveCheck, "verdict" | "reason">, criteria: Rollout, analyze: StageMoveInput["analyze"]): Promise<StageMoveCheck> {
  let analysis: RolloutAnalysis;
  try {
    analysis = await analyze(criteria);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ...where, verdict: "blocked", reason: `the test's results could not be read: ${message}` };
  }
  const verdict = analysis.verdict === "pass" ? "allowed" : "blocked";
  const reason = verdict === "allowed" ? "the promotion criteria pass on the test's results" : `the promotion criteria do not pass: ${analysis.summary}`;
  return { ...where, verdict, reason, analysis };
}

function rolloutOf(data: unknown): Rollout | null {
  const rollout = (data as { rollout?: unknown } | null | undefined)?.rollout;
  return rollout && typeof rollout === "object" && !Array.isArray(rollout) ? (rollout as Rollout) : null;
}
