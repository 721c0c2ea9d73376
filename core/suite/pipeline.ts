/**
 * The suite's collaborators made of the real stages: prompts render, the generator answers, the
 * evals check and judge. Each dataset case is checked against its own brief (CTA, approved claims,
 * usage summary, CRM notes) inside the campaign's channel and policies.
 */
import { checkContextFor, judgeThrough, runChecks, runJudges, type CheckContext } from "../evals/index.ts";
import type { Generator, ModelSettings } from "../generate/index.ts";
import { renderPrompt, type PromptVersion } from "../prompts/index.ts";
import type { SuiteCollaborators } from "./runner.ts";
import type { SuiteSetup } from "./setup.ts";
import type { SuiteCase } from "./types.ts";
import type { CheckResultsCache } from "./check-cache.ts";

export interface PipelineCollaboratorOptions {
  setup: SuiteSetup;
  /** One generator per repeat index, so each repeat has its own cache entries (see the CLI). */
  generatorFor: (sample: number) => Generator;
  /** Settings for the judge model; absent: no judge (reviewer acceptance is skipped). */
  judgeSettings?: ModelSettings;
  /** The endpoint's name for the line refusing a simulated verdict. */
  endpoint?: string;
  /** Check results kept between runs (with the response cache); absent: every answer is checked. */
  checkCache?: CheckResultsCache | null;
}

export function pipelineCollaborators(options: PipelineCollaboratorOptions): SuiteCollaborators<PromptVersion, ModelSettings> {
  const { setup, generatorFor, judgeSettings } = options;
  const checkIds = setup.campaign.evals === "default" ? undefined : setup.campaign.evals;
  const collaborators: SuiteCollaborators<PromptVersion, ModelSettings> = {
    render: renderPrompt,
    async generate(request) {
      const { sample = 0, ...rest } = request;
      const result = await generatorFor(sample).generate(rest);
      return result.ok
        ? { ok: true, content: result.content, cached: result.cached, history: result.history }
        : { ok: false, reason: result.reason, failure: result.failure };
    },
    check: (output, suiteCase, version) => {
      const ctx = caseContext(setup, suiteCase, version);
      const check = () => runChecks(output, ctx, checkIds).checks;
      return options.checkCache ? options.checkCache.through(output, ctx, checkIds, check) : check();
    },
  };
  if (judgeSettings) {
    const judge = judgeThrough(generatorFor(0), judgeSettings, options.endpoint ?? "the configured endpoint");
    collaborators.judge = (output, suiteCase, version) => runJudges(output, caseContext(setup, suiteCase, version), judge);
  }
  return collaborators;
}

/** The campaign's view, narrowed to this case's brief: its CTA, claims and audience facts. */
export function caseContext(setup: SuiteSetup, suiteCase: SuiteCase, version: PromptVersion): CheckContext {
  const input = suiteCase.input;
  const audience = (input.audience ?? {}) as Record<string, unknown>;
  const brief = (input.brief ?? {}) as Record<string, unknown>;
  const context = checkContextFor({
    campaign: setup.campaign, policies: setup.policies, outputSchema: version.outputSchema,
    ...(typeof audience.usage_summary === "string" ? { usageSummary: audience.usage_summary } : {}),
    ...(typeof audience.crm_notes === "string" ? { crmNotes: [audience.crm_notes] } : {}),
  });
  const claims = Array.isArray(input.approved_claims) ? input.approved_claims.filter((c): c is string => typeof c === "string") : context.brief.claims;
  const facts = [brief.goal, brief.key_message, brief.deadline_text].filter((f): f is string => typeof f === "string");
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
