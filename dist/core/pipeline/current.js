import { buildPromptInput } from "../brief/index.js";
import { checkFreshness, partitionAudience } from "../contract/index.js";
import { loadCampaignContext } from "./context.js";
import { draftsPath } from "./context.js";
import { draftsContentHash, readDraftsFile } from "./drafts.js";
import { promptInputsHash } from "./generate.js";
/**
 * Are the committed drafts what today's prompt, brief, policies and inputs would be generated from?
 * Reviewers approve the drafts in the diff, so drafts from an older prompt must never pass as current.
 */
export async function checkDraftsCurrent(args) {
    const { root, campaignDir, now } = args;
    const context = args.context ?? (await loadCampaignContext(root, campaignDir));
    const path = draftsPath(campaignDir);
    const remedy = `run \`copygate generate ${campaignDir}\` (or comment \`/copygate generate\` on the pull request) and commit ${path}`;
    const drafts = await readDraftsFile(root, path);
    const verdict = (status, reasons) => ({ campaign: context.campaign.id, status, reasons, drafts, remedy });
    if (!drafts)
        return verdict("missing", [`${path} does not exist`]);
    if (draftsContentHash(drafts.variants) !== drafts.content_hash) {
        return verdict("tampered", [`${path}: the drafts' content does not match their content_hash (edited by hand after generation?)`]);
    }
    const p = drafts.provenance;
    const reasons = [];
    if (p.prompt_hash !== context.prompt.hash) {
        reasons.push(`prompt changed: drafts from ${p.workflow}:v${p.prompt_version}, campaign now uses ${context.prompt.workflow}:v${context.prompt.version} (${context.prompt.hash.slice(0, 19)})`);
    }
    if (p.campaign_hash !== context.campaignHash)
        reasons.push(`${campaignDir}/campaign.yaml changed since the drafts were generated`);
    for (const [version, hash] of Object.entries(context.policyHashes)) {
        if (p.policy_hashes[version] !== hash)
            reasons.push(`policy ${version} changed or is newly pinned`);
    }
    if (reasons.length === 0) {
        const inputsReason = await compareInputs(context, drafts, now, args.contract);
        if (inputsReason)
            reasons.push(inputsReason);
    }
    return verdict(reasons.length ? "stale" : "current", reasons);
}
async function compareInputs(context, drafts, now, contract) {
    const { campaign, policies, root } = context;
    const { report, snapshots } = contract ?? (await checkFreshness({ root, campaign, now, runId: "run_currency_check" }));
    if (report.decision === "stop_before_generation")
        return "inputs cannot be verified: the data contract stops (see freshness)";
    const partition = partitionAudience({ campaign, snapshots, now, report });
    const outcomes = partition.cohorts.map((cohort) => ({
        promptInput: buildPromptInput({ campaign, policies, cohort }),
        variant: { audience: { key: cohort.key } },
    }));
    const hash = promptInputsHash(outcomes);
    return hash === drafts.provenance.prompt_inputs_hash ? null : "audience inputs changed: the cohorts or their usage figures differ from those the drafts were written for";
}
