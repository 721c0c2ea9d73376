import { parseArgs } from "node:util";
import { buildPromptInput, previewCohort } from "../../core/brief/index.js";
import { loadCampaign, loadPolicies } from "../../core/files/index.js";
import { formatMessages, formatPromptSummary, formatPromptTable, loadPromptRegistry, renderPrompt, selectDeclaredInput, unifiedDiff } from "../../core/prompts/index.js";
const USAGE = `usage: copygate prompts list
       copygate prompts show <ref>
       copygate prompts diff <ref> <ref>
       copygate prompts render <ref> --campaign <dir> [--cohort generic|admin|analyst|viewer]
refs: workflow@production, workflow@8 or workflow:v8
`;
const COHORTS = ["generic", "admin", "analyst", "viewer"];
export async function run(args, io) {
    let parsed;
    try {
        parsed = parseArgs({ args, allowPositionals: true, options: { campaign: { type: "string" }, cohort: { type: "string", default: "generic" }, help: { type: "boolean", short: "h" } } });
    }
    catch (error) {
        return usageError(io, error.message);
    }
    const [verb, ...refs] = parsed.positionals;
    if (parsed.values.help) {
        io.stdout(USAGE);
        return 0;
    }
    const arity = { list: 0, show: 1, diff: 2, render: 1 };
    if (!verb || !(verb in arity))
        return usageError(io, verb ? `unknown subcommand "${verb}"` : "name a subcommand");
    if (refs.length !== arity[verb])
        return usageError(io, `prompts ${verb} takes ${arity[verb]} prompt reference${arity[verb] === 1 ? "" : "s"}`);
    const registry = await loadPromptRegistry(io.cwd);
    if (verb === "list")
        io.stdout(formatPromptTable(registry));
    if (verb === "show") {
        const version = registry.resolve(refs[0]);
        io.stdout(formatPromptSummary(version, registry.releases(version.workflow)));
    }
    if (verb === "diff") {
        const [before, after] = [registry.resolve(refs[0]), registry.resolve(refs[1])];
        io.stdout(unifiedDiff(before.source, after.source, before.path, after.path) || `${before.ref} and ${after.ref} are identical\n`);
    }
    if (verb === "render")
        return render(refs[0], parsed.values.campaign, parsed.values.cohort, io);
    return 0;
}
async function render(ref, campaignDir, cohortName, io) {
    if (!campaignDir)
        return usageError(io, "prompts render needs --campaign <dir>, e.g. --campaign campaigns/trial-expiration-3d");
    if (!COHORTS.includes(cohortName))
        return usageError(io, `--cohort must be one of ${COHORTS.join(", ")}`);
    const version = (await loadPromptRegistry(io.cwd)).resolve(ref);
    const campaign = await loadCampaign(io.cwd, campaignDir);
    if (campaign.workflow !== version.workflow) {
        return usageError(io, `${campaignDir} runs workflow ${campaign.workflow}, not ${version.workflow}: render a ${campaign.workflow} prompt for it`);
    }
    const policies = await loadPolicies(io.cwd, campaign.policies);
    const { cohort, note } = await previewCohort(io.cwd, campaign, cohortName);
    if (note)
        io.stderr(`note: ${note}\n`);
    const input = selectDeclaredInput(version.inputSchema, buildPromptInput({ campaign, policies, cohort }));
    io.stdout(formatMessages(await renderPrompt(version, input)));
    return 0;
}
function usageError(io, message) {
    io.stderr(`copygate prompts: ${message}\n${USAGE}`);
    return 2;
}
