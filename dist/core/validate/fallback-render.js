import { buildPromptInput } from "../brief/index.js";
import { compileFallback, fallbackFields } from "../prompts/index.js";
import { compileUserSchema, schemaValidator } from "./ajv.js";
import { schemaIssues } from "./messages.js";
/**
 * Renders the fallback for every valid campaign of its workflow and checks the result against the
 * production output schema: the approved fallback must always be publishable as it stands.
 */
export async function renderedFallbackProblems(file, text, workflow, outputSchema, ctx) {
    const { validate } = compileUserSchema(outputSchema);
    if (!validate)
        return [];
    const problems = [];
    for (const { dir, data } of await ctx.campaigns()) {
        if (data.workflow !== workflow || !schemaValidator("campaign")(data))
            continue;
        const campaign = data;
        const policies = await policiesOf(campaign, ctx);
        if (!policies)
            continue;
        let content;
        try {
            const input = buildPromptInput({ campaign, policies, cohort: { key: "generic", variant: "generic", plan_name: String(campaign.audience?.expect?.plan_name ?? ""), recipients: 0 } });
            content = fallbackFields(file, compileFallback(file, text)(input), outputSchema);
        }
        catch {
            continue; // a broken policy or template is reported on its own line
        }
        if (validate(content))
            continue;
        for (const issue of schemaIssues(validate.errors)) {
            const line = headerLine(text, String(issue.path[0] ?? ""));
            problems.push({ path: file, line, col: 1, message: `rendered for ${dir}, the fallback does not fit the output schema: ${issue.message}` });
        }
    }
    return problems;
}
async function policiesOf(campaign, ctx) {
    const [claims, legal, brand] = await Promise.all([
        ctx.readData(ctx.policyPath("approved_claims", campaign.policies.approved_claims)),
        ctx.readData(ctx.policyPath("legal_restrictions", campaign.policies.legal_restrictions)),
        ctx.readData(ctx.policyPath("brand_rules", campaign.policies.brand_rules)),
    ]);
    if (!schemaValidator("claims")(claims) || !schemaValidator("legal")(legal) || !schemaValidator("brand")(brand))
        return undefined;
    return { claims, legal, brand };
}
/** The line of the `## field` section a problem belongs to (line 1 when the field has none). */
function headerLine(text, field) {
    const index = text.split("\n").findIndex((line) => line.trimEnd() === `## ${field}`);
    return index + 1 || 1;
}
