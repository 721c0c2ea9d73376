import { chooseClock, checkFreshness, partitionAudience, runIdFor } from "../contract/index.js";
/**
 * The cohort a prompt preview renders for: the real one from the campaign's data contract when
 * the audience has it, else a stand-in without usage (and a note saying so). Aggregates only.
 */
export async function previewCohort(root, campaign, name) {
    const key = name === "generic" ? "generic" : `personalized:${name}`;
    const found = (await contractCohorts(root, campaign)).find((c) => c.key === key);
    if (found)
        return { cohort: found };
    const audienceless = !campaign.audience && name === "generic"; // e.g. search ads: one generic variant by design
    const plan_name = String(campaign.audience?.expect?.plan_name ?? "");
    const standIn = name === "generic"
        ? { key, variant: "generic", plan_name, recipients: 0 }
        : { key, variant: "personalized", role: name, plan_name, recipients: 0 };
    if (audienceless)
        return { cohort: standIn };
    return { cohort: standIn, note: `no ${key} cohort in the campaign's current audience: rendered for a stand-in without usage data` };
}
async function contractCohorts(root, campaign) {
    if (!campaign.audience)
        return [];
    try {
        const { now } = await chooseClock(root, campaign);
        const { report, snapshots } = await checkFreshness({ root, campaign, now, runId: runIdFor(now) });
        return partitionAudience({ campaign, snapshots, now, report }).cohorts;
    }
    catch {
        return []; // stale or unreadable data stops generation, not a preview
    }
}
