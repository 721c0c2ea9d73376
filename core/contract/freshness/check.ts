import type { Campaign, FreshnessReport, InputVerdict, SourceInput, SourceSnapshot } from "../../model/index.ts";
import { screenRecipients } from "../audience/screen.ts";
import { staleRecipientIds } from "../audience/staleness.ts";
import type { SourceOptions } from "../sources/index.ts";
import { consequenceOf, inputLabel, mostCautious, orderedVerdict, percentOf } from "./decide.ts";
import { checkPolicyInput } from "./policyInput.ts";
import { maxAgeHours } from "./rules.ts";
import { checkSourceInput } from "./sourceInput.ts";

export interface FreshnessCheck {
  root: string;
  campaign: Campaign;
  now: Date;
  runId: string;
  /** Environment, fetch and timeouts for network sources. */
  sources?: SourceOptions;
}

/**
 * The data contract, before any model call: every input read and aged, every failure behaviour
 * applied, one decision. The report carries counts and ages only, never a recipient.
 */
export async function checkFreshness(check: FreshnessCheck): Promise<{ report: FreshnessReport; snapshots: Record<string, SourceSnapshot> }> {
  const { root, campaign, now } = check;
  const snapshots: Record<string, SourceSnapshot> = {};
  const verdicts: Record<string, InputVerdict> = {};
  const entries = Object.entries(campaign.contract ?? {});
  await Promise.all(
    entries.map(async ([name, input]) => {
      if ("source" in input) {
        const result = await checkSourceInput(root, name, input, now, check.sources ?? {});
        verdicts[name] = result.verdict;
        if (result.snapshot) snapshots[name] = result.snapshot;
      } else {
        verdicts[name] = await checkPolicyInput(root, name, input, campaign, now);
      }
    }),
  );
  const recipientNotes = judgeRecipients(campaign, verdicts, snapshots, now);
  const required_inputs: Record<string, InputVerdict> = {};
  const notes: string[] = [];
  const decisions = entries.map(([name, input]) => {
    const verdict = (required_inputs[name] = orderedVerdict(verdicts[name]!)); // contract order, not completion order
    if (verdict.message) notes.push(verdict.message);
    return consequenceOf(verdict, "source" in input ? input.required !== false : true);
  });
  const report: FreshnessReport = {
    workflow: campaign.workflow,
    campaign: campaign.id,
    run_id: check.runId,
    checked_at: now.toISOString(),
    required_inputs,
    decision: mostCautious(decisions),
    notes: [...notes, ...recipientNotes],
  };
  return { report, snapshots };
}

/**
 * generic_variant inputs are judged per recipient too: each eligible recipient's own row against
 * the limit. A partly stale source is a warning (those recipients get the generic variant).
 */
function judgeRecipients(campaign: Campaign, verdicts: Record<string, InputVerdict>, snapshots: Record<string, SourceSnapshot>, now: Date): string[] {
  const notes: string[] = [];
  const audience = campaign.audience ? snapshots[campaign.audience.input] : undefined;
  if (!audience) return notes;
  const eligible = screenRecipients(campaign, audience.rows, now).eligible;
  for (const [name, input] of Object.entries(campaign.contract ?? {})) {
    if (!("source" in input) || input.on_failure !== "generic_variant" || name === campaign.audience?.input) continue;
    const stale = staleRecipientIds(eligible, snapshots[name], maxAgeHours((input as SourceInput).freshness), now);
    const verdict = verdicts[name]!;
    verdict.stale_recipients = stale.size;
    if (stale.size === 0) continue;
    if (verdict.status === "pass") verdict.status = "warn"; // partly stale: the notes below say how much
    notes.push(`${inputLabel(name)} data is stale for ${percentOf(stale.size, eligible.length)} percent of recipients`);
    notes.push(`${stale.size} of ${eligible.length} eligible recipients get the generic variant`);
  }
  return notes;
}
