import { isInputError } from "../../errors.js";
import { listPolicyVersions, loadPolicy } from "../../files/index.js";
import { toEpochMs } from "../sources/index.js";
import { ageHours, describeAge, describeLimit, maxAgeHours, roundHours, statusForAge } from "./rules.js";
/**
 * A policy input: the campaign's pinned version must exist, must be the newest approved version
 * when the contract says `require: latest_approved`, and is aged on last_reviewed_at (else approved_at).
 */
export async function checkPolicyInput(root, name, input, campaign, now) {
    const pinned = campaign.policies?.[input.policy];
    const base = { source: pinned ?? input.policy, max_age_hours: maxAgeHours(input.freshness), on_failure: input.on_failure };
    if (!pinned) {
        return { ...base, actual_age_hours: null, status: "runtime_error", message: `${name}: the campaign pins no ${input.policy} version under policies:` };
    }
    let document;
    let latest;
    try {
        document = await loadPolicy(root, input.policy, pinned);
        if (input.require === "latest_approved")
            latest = await latestApproved(root, input);
    }
    catch (error) {
        const reason = isInputError(error) ? error.format() : error instanceof Error ? error.message : String(error);
        return { ...base, actual_age_hours: null, status: "runtime_error", version: pinned, message: `${name}: cannot read policy ${pinned}: ${reason}` };
    }
    const reviewedAt = toEpochMs(document.last_reviewed_at ?? document.approved_at);
    const age = reviewedAt === null ? null : ageHours(reviewedAt, now);
    const verdict = {
        ...base,
        actual_age_hours: age === null ? null : roundHours(age),
        status: age === null ? "pass" : statusForAge(age, input.freshness),
        version: pinned,
    };
    if (input.require === "latest_approved") {
        verdict.latest_version = latest ?? "(none)";
        if (latest !== pinned) {
            verdict.status = "error";
            verdict.message = latest
                ? `${name}: the campaign pins ${pinned} but ${latest} is the latest approved version: update policies.${input.policy}`
                : `${name}: no approved version of ${input.policy} exists in the repository`;
            return verdict;
        }
    }
    if (age === null && input.freshness) {
        verdict.status = "error";
        verdict.message = `${name}: ${pinned} has no valid last_reviewed_at or approved_at, so its age is unknown`;
    }
    else if (age !== null && verdict.status !== "pass") {
        const field = document.last_reviewed_at ? "last reviewed" : "approved";
        const limit = verdict.status === "error" ? input.freshness?.error_after : input.freshness?.warn_after;
        verdict.message = `${name}: ${pinned} was ${field} ${describeAge(age, input.freshness)} ago, over its ${verdict.status}_after limit of ${limit ? describeLimit(limit) : "?"}`;
    }
    return verdict;
}
/** The highest-numbered version whose status is approved. */
async function latestApproved(root, input) {
    const versions = await listPolicyVersions(root, input.policy);
    let latest;
    for (const version of versions) {
        const header = await loadPolicy(root, input.policy, version);
        if (header.status === "approved")
            latest = version;
    }
    return latest;
}
