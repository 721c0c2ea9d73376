/**
 * The suite's collaborators made of the real stages: prompts render, the generator answers, the
 * evals check and judge. Each dataset case is checked against its own brief (CTA, approved claims,
 * usage summary, CRM notes) inside the campaign's channel and policies.
 */
import { checkContextFor, runChecks, runJudges } from "../evals/index.js";
import { renderPrompt } from "../prompts/index.js";
export function pipelineCollaborators(options) {
    const { setup, generatorFor, judgeSettings } = options;
    const checkIds = setup.campaign.evals === "default" ? undefined : setup.campaign.evals;
    const collaborators = {
        render: renderPrompt,
        async generate(request) {
            const { sample = 0, ...rest } = request;
            const result = await generatorFor(sample).generate(rest);
            return result.ok ? { ok: true, content: result.content, cached: result.cached } : { ok: false, reason: result.reason };
        },
        check: (output, suiteCase, version) => runChecks(output, caseContext(setup, suiteCase, version), checkIds).checks,
    };
    if (judgeSettings) {
        const judge = {
            async generate(messages, outputSchema) {
                const result = await generatorFor(0).generate({ messages, outputSchema, schemaName: "judge_verdict", settings: judgeSettings });
                if (!result.ok)
                    throw new Error(result.reason);
                return result.content;
            },
        };
        collaborators.judge = (output, suiteCase, version) => runJudges(output, caseContext(setup, suiteCase, version), judge);
    }
    return collaborators;
}
/** The campaign's view, narrowed to this case's brief: its CTA, claims and audience facts. */
export function caseContext(setup, suiteCase, version) {
    const input = suiteCase.input;
    const audience = (input.audience ?? {});
    const brief = (input.brief ?? {});
    const context = checkContextFor({
        campaign: setup.campaign, policies: setup.policies, outputSchema: version.outputSchema,
        ...(typeof audience.usage_summary === "string" ? { usageSummary: audience.usage_summary } : {}),
        ...(typeof audience.crm_notes === "string" ? { crmNotes: [audience.crm_notes] } : {}),
    });
    const claims = Array.isArray(input.approved_claims) ? input.approved_claims.filter((c) => typeof c === "string") : context.brief.claims;
    const facts = [brief.goal, brief.key_message, brief.deadline_text].filter((f) => typeof f === "string");
    return {
        ...context,
        brief: {
            ...context.brief,
            cta_text: typeof brief.cta_text === "string" ? brief.cta_text : context.brief.cta_text,
            claims,
            facts: facts.length > 0 ? facts : context.brief.facts,
        },
    };
}
