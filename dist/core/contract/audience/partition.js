import { maxAgeHours } from "../freshness/rules.js";
import { recipientId, screenRecipients } from "./screen.js";
import { newestRowByRecipient, staleRecipientIds } from "./staleness.js";
import { usageSummary } from "./summary.js";
/** A personalised cohort smaller than this would describe a handful of people: they get the generic variant. */
export const MIN_COHORT_SIZE = 5;
const COHORT_LABEL = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;
/**
 * Splits the audience before any prompt is built: excluded (no consent, or a row that contradicts
 * the segment), personalized cohorts (one per `variants.by` value, from fresh usage) and one generic
 * cohort (stale or missing usage). No id, email or name leaves this function.
 */
export function partitionAudience(args) {
    const { campaign, snapshots, now, report } = args;
    if (report.decision === "stop_before_generation") {
        throw new Error("the freshness decision is stop_before_generation: the audience must not be partitioned");
    }
    const segment = campaign.audience ? snapshots[campaign.audience.input] : undefined;
    if (!segment)
        throw new Error(`no snapshot of the audience input "${campaign.audience?.input ?? "(none)"}"`);
    const { eligible, excluded } = screenRecipients(campaign, segment.rows, now);
    const usageInputs = perRecipientInputs(campaign);
    const stale = new Set();
    for (const [name, input] of usageInputs) {
        for (const id of staleRecipientIds(eligible, snapshots[name], maxAgeHours(input.freshness), now))
            stale.add(id);
    }
    const fresh = eligible.filter((row) => !stale.has(recipientId(row)));
    let generic = eligible.length - fresh.length;
    if (generic > 0 && campaign.variants?.generic === false) {
        excluded.stale_usage = generic; // no generic variant to fall back to: leave them out rather than guess
        generic = 0;
    }
    const usage = usageInputs[0] ? snapshots[usageInputs[0][0]] : undefined;
    const { cohorts, tooSmall } = personalizedCohorts(campaign, fresh, usage);
    generic += tooSmall;
    const planName = String(campaign.audience?.expect?.plan_name ?? eligible[0]?.plan_name ?? "");
    if (generic > 0)
        cohorts.push({ key: "generic", variant: "generic", plan_name: planName, recipients: generic });
    const personalized = cohorts.filter((c) => c.variant === "personalized").reduce((n, c) => n + c.recipients, 0);
    const excludedTotal = Object.values(excluded).reduce((n, c) => n + c, 0);
    return { cohorts, counts: { personalized, generic, excluded: excludedTotal, excluded_reasons: sortedKeys(excluded) } };
}
/** The contract's generic_variant sources other than the segment itself: the ones judged per recipient. */
function perRecipientInputs(campaign) {
    return Object.entries(campaign.contract ?? {}).filter((entry) => "source" in entry[1] && entry[1].on_failure === "generic_variant" && entry[0] !== campaign.audience?.input);
}
function personalizedCohorts(campaign, fresh, usage) {
    const by = campaign.variants?.by;
    const groups = new Map();
    let tooSmall = 0;
    for (const row of fresh) {
        const value = by ? row[by] : "all";
        // No role, or a value that is not a plain label (it becomes a cohort key in prompts and traces).
        if (typeof value !== "string" || !COHORT_LABEL.test(value))
            tooSmall++;
        else
            groups.set(value, [...(groups.get(value) ?? []), row]);
    }
    const usageRows = newestRowByRecipient(usage);
    const skip = [usage?.key ?? "user_id", usage?.loaded_at_field ?? "updated_at"];
    const cohorts = [...groups.keys()].sort().flatMap((value) => {
        const members = groups.get(value);
        if (members.length < MIN_COHORT_SIZE) {
            tooSmall += members.length;
            return [];
        }
        const rows = members.map((m) => usageRows.get(recipientId(m))?.row).filter((r) => r !== undefined);
        return [cohortOf(campaign, by ? value : undefined, members, usageSummary(rows, skip))];
    });
    return { cohorts, tooSmall };
}
function cohortOf(campaign, role, members, summary) {
    return {
        key: role ? `personalized:${role}` : "personalized",
        variant: "personalized",
        ...(role ? { role } : {}),
        plan_name: String(campaign.audience?.expect?.plan_name ?? members[0]?.plan_name ?? ""),
        recipients: members.length,
        ...(summary ? { usage_summary: summary } : {}),
    };
}
function sortedKeys(counts) {
    return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}
