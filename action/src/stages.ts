/**
 * The adapter between the Action and the pipeline: each stage of `Stages` is one core/* call.
 * main.ts depends only on the `Stages` shape, so the Action's steps read the same whichever
 * core module answers them.
 */
import { checkCampaign } from "./stages/campaign.ts";
import { repositoryUses } from "./stages/uses.ts";
import { validateFiles } from "./stages/validate.ts";
import { evaluateWorkflow } from "./stages/workflow.ts";
import type { Stages } from "./stage-types.ts";

export type { Stages, ModelAccess } from "./stage-types.ts";

export function realStages(): Stages {
  return { repositoryUses, validateFiles, checkCampaign, evaluateWorkflow };
}
