/**
 * The adapter between the Action and the pipeline: each stage of `Stages` is one core/* call.
 * main.ts depends only on the `Stages` shape. The pipeline (prompts, evals, the model client, the
 * simulator) loads on first use, so the Action reaches GitHub before it parses any of it.
 */
import type { Stages } from "./stage-types.ts";

export type { Stages, ModelAccess } from "./stage-types.ts";

const pipeline = () => import("./stages/all.ts");

export function realStages(): Stages {
  return {
    repositoryUses: async (...args) => (await pipeline()).repositoryUses(...args),
    validateFiles: async (...args) => (await pipeline()).validateFiles(...args),
    checkCampaign: async (...args) => (await pipeline()).checkCampaign(...args),
    evaluateWorkflow: async (...args) => (await pipeline()).evaluateWorkflow(...args),
  };
}
