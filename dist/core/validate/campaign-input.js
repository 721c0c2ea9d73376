import { buildPromptInput } from "../brief/index.js";
import { parsePromptRef, selectDeclaredInput } from "../prompts/index.js";
import { compileUserSchema } from "./ajv.js";
import { productionVersion } from "./context.js";
import { schemaIssues } from "./messages.js";
import { problemAt } from "./yaml-file.js";
// One cohort of each kind: a personalized one carries every optional field, the generic one none.
const SAMPLE_COHORTS = [
    { key: "personalized:admin", variant: "personalized", role: "admin", plan_name: "Team trial", recipients: 1, usage_summary: "Created 1 dashboard.", crm_notes: "Note." },
    { key: "generic", variant: "generic", plan_name: "Team trial", recipients: 1 },
];
/** Does the campaign supply everything its prompt version's input schema requires? Checked by building the real input. */
export async function campaignInputProblems(campaign, checked, file, ctx) {
    const workflow = (await ctx.workflows()).get(campaign.workflow);
    const ref = parsePromptRef(campaign.prompt);
    const number = ref.selector === "production" ? productionVersion(workflow) : ref.selector;
    const inputSchema = number === undefined ? undefined : workflow?.versions.get(number)?.inputSchema;
    const policies = await loadPolicies(campaign, ctx);
    if (!inputSchema || !policies)
        return [];
    const { validate } = compileUserSchema(inputSchema);
    if (!validate)
        return [];
    const variantsByIssue = new Map();
    for (const cohort of SAMPLE_COHORTS) {
        let input;
        try {
            input = selectDeclaredInput(inputSchema, buildPromptInput({ campaign, policies, cohort }));
        }
        catch {
            return []; // an unknown claim or a broken policy: reported where it is
        }
        if (validate(input))
            continue;
        for (const issue of schemaIssues(validate.errors))
            variantsByIssue.set(issue.message, [...(variantsByIssue.get(issue.message) ?? []), cohort.variant]);
    }
    return [...variantsByIssue].map(([message, variants]) => {
        const who = variants.length === SAMPLE_COHORTS.length ? "every variant" : `the ${variants.join(" and ")} variant`;
        return problemAt(file, checked.located, ["prompt"], `${campaign.workflow}@${number} needs input this campaign does not supply (${who}): ${message}`);
    });
}
async function loadPolicies(campaign, ctx) {
    const [claims, legal, brand] = await Promise.all([
        ctx.readData(ctx.policyPath("approved_claims", campaign.policies.approved_claims)),
        ctx.readData(ctx.policyPath("legal_restrictions", campaign.policies.legal_restrictions)),
        ctx.readData(ctx.policyPath("brand_rules", campaign.policies.brand_rules)),
    ]);
    const isObject = (v) => v !== null && typeof v === "object";
    if (!isObject(claims) || !isObject(legal) || !isObject(brand))
        return undefined;
    return { claims, legal, brand };
}
