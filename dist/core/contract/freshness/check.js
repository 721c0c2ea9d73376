import { screenRecipients } from "../audience/screen.js";
import { staleRecipientIds } from "../audience/staleness.js";
import { consequenceOf, inputLabel, mostCautious, orderedVerdict, percentOf } from "./decide.js";
import { checkPolicyInput } from "./policyInput.js";
import { maxAgeHours } from "./rules.js";
import { checkSourceInput } from "./sourceInput.js";
/**
 * The data contract, before any model call: every input read and aged, every failure behaviour
 * applied, one decision. The report carries counts and ages only, never a recipient.
 */
export async function checkFreshness(check) {
    const { root, campaign, now } = check;
    const snapshots = {};
    const verdicts = {};
    const entries = Object.entries(campaign.contract ?? {});
    await Promise.all(entries.map(async ([name, input]) => {
        if ("source" in input) {
            const result = await checkSourceInput(root, name, input, now, check.sources ?? {});
            verdicts[name] = result.verdict;
            if (result.snapshot)
                snapshots[name] = result.snapshot;
        }
        else {
            verdicts[name] = await checkPolicyInput(root, name, input, campaign, now);
        }
    }));
    const recipientNotes = judgeRecipients(campaign, verdicts, snapshots, now);
    const required_inputs = {};
    const notes = [];
    const decisions = entries.map(([name, input]) => {
        const verdict = (required_inputs[name] = orderedVerdict(verdicts[name])); // contract order, not completion order
        if (verdict.message)
            notes.push(verdict.message);
        return consequenceOf(verdict, "source" in input ? input.required !== false : true);
    });
    const report = {
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
function judgeRecipients(campaign, verdicts, snapshots, now) {
    const notes = [];
    const audience = campaign.audience ? snapshots[campaign.audience.input] : undefined;
    if (!audience)
        return notes;
    const eligible = screenRecipients(campaign, audience.rows, now).eligible;
    for (const [name, input] of Object.entries(campaign.contract ?? {})) {
        if (!("source" in input) || input.on_failure !== "generic_variant" || name === campaign.audience?.input)
            continue;
        const stale = staleRecipientIds(eligible, snapshots[name], maxAgeHours(input.freshness), now);
        const verdict = verdicts[name];
        verdict.stale_recipients = stale.size;
        if (stale.size === 0)
            continue;
        if (verdict.status === "pass")
            verdict.status = "warn"; // partly stale: the notes below say how much
        notes.push(`${inputLabel(name)} data is stale for ${percentOf(stale.size, eligible.length)} percent of recipients`);
        notes.push(`${stale.size} of ${eligible.length} eligible recipients get the generic variant`);
    }
    return notes;
}
