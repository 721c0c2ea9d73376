/**
 * The suite's collaborators made of the real stages: prompts render, the generator answers, the
 * evals check and judge. Each dataset case is checked against its own brief (CTA, approved claims,
 * usage summary, CRM notes) inside the campaign's channel and policies.
 */
import { type CheckContext } from "../evals/index.ts";
import type { Generator, ModelSettings } from "../generate/index.ts";
import { type PromptVersion } from "../prompts/index.ts";
import type { SuiteCollaborators } from "./runner.ts";
import type { SuiteSetup } from "./setup.ts";
import type { SuiteCase } from "./types.ts";
export interface PipelineCollaboratorOptions {
    setup: SuiteSetup;
    /** One generator per repeat index, so each repeat has its own cache entries (see the CLI). */
    generatorFor: (sample: number) => Generator;
    /** Settings for the judge model; absent: no judge (reviewer acceptance is skipped). */
    judgeSettings?: ModelSettings;
}
export declare function pipelineCollaborators(options: PipelineCollaboratorOptions): SuiteCollaborators<PromptVersion, ModelSettings>;
/** The campaign's view, narrowed to this case's brief: its CTA, claims and audience facts. */
export declare function caseContext(setup: SuiteSetup, suiteCase: SuiteCase, version: PromptVersion): CheckContext;
