/**
 * A campaign's audience split into arms: the data contract first (a stopped contract assigns no
 * one), then the screened audience — consent and contradictions leave recipients out — then the
 * deterministic hash. Ids stay inside: callers get counts, and the arms only when they ask.
 */
import { checkFreshness, runIdFor, screenRecipients, type SourceOptions } from "../contract/index.ts";
import { recipientId } from "../contract/audience/screen.ts";
import { InputError } from "../errors.ts";
import { assignRecipients, type AssignmentSummary } from "./assign.ts";
import { DEFAULT_TEST_PERCENT } from "./criteria.ts";
import { loadRolloutContext } from "./load.ts";

export interface AssignmentPlan extends AssignmentSummary {
  campaign: string;
  stage: string;
  salt: string;
  testPercent: number;
  /** Recipients the contract screened out, by reason (never who they were). */
  excludedReasons: Record<string, number>;
}

export async function planAssignment(root: string, campaignDir: string, now: Date, sources: SourceOptions = {}): Promise<AssignmentPlan> {
  const context = await loadRolloutContext(root, campaignDir);
  const { campaign, rollout } = context;
  const { report, snapshots } = await checkFreshness({ root, campaign, now, runId: runIdFor(now), sources });
  if (report.decision === "stop_before_generation") {
    throw new InputError(`the data contract stops: ${report.notes.join("; ") || "a required input failed"}`, { file: `${campaignDir}/campaign.yaml`, hint: `run copygate freshness ${campaignDir}` });
  }
  const segment = campaign.audience ? snapshots[campaign.audience.input] : undefined;
  if (!segment) throw new InputError("the campaign names no audience input to assign", { file: `${campaignDir}/campaign.yaml`, field: "audience.input" });
  const { eligible, excluded } = screenRecipients(campaign, segment.rows, now);
  const salt = rollout.salt ?? campaign.id;
  const testPercent = rollout.test_percent ?? DEFAULT_TEST_PERCENT;
  const ids = eligible.map((row) => recipientId(row)!);
  const summary = assignRecipients(ids, { stage: rollout.stage, salt, testPercent, candidate: context.candidate, production: context.production });
  return { ...summary, campaign: campaign.id, stage: rollout.stage, salt, testPercent, excludedReasons: excluded };
}

export function assignmentText(plan: AssignmentPlan): string {
  const n = (x: number) => x.toLocaleString("en-US");
  const total = plan.counts.test + plan.counts.production;
  const share = total ? ((100 * plan.counts.test) / total).toFixed(2) : "0.00";
  const left = Object.values(plan.excludedReasons).reduce((a, b) => a + b, 0) + plan.excluded;
  const reasons = Object.entries(plan.excludedReasons).map(([reason, count]) => `${reason} ${count}`).join(", ");
  const split = plan.stage === "test" ? `test arm ${plan.testPercent} %` : plan.stage === "production" ? "everyone on the candidate" : "everyone on production (nothing of the candidate is sent)";
  return [
    `Assignment: ${plan.campaign} at stage ${plan.stage} (salt "${plan.salt}", ${split})`,
    `  test arm, candidate v${plan.promptVersion.test}: ${n(plan.counts.test)} recipients (${share} %)`,
    `  production arm, production v${plan.promptVersion.production}: ${n(plan.counts.production)} recipients`,
    `  left out, no arm: ${n(left)} recipients${reasons ? ` (${reasons})` : ""}`,
    "",
  ].join("\n");
}
