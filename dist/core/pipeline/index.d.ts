/** The pipeline: one campaign from data contract to reviewed drafts, and the currency check of committed drafts. */
export { runGeneration, promptInputsHash } from "./generate.ts";
export type { GenerationOptions, GenerationRun } from "./generate.ts";
export { loadCampaignContext, draftsPath, modelName } from "./context.ts";
export type { CampaignContext } from "./context.ts";
export { checkDraftsCurrent } from "./current.ts";
export type { DraftsCurrency, DraftsCurrencyVerdict } from "./current.ts";
export { readDraftsFile, writeDraftsFile, serializeDrafts, draftsContentHash, publishableContent } from "./drafts.ts";
export { mergeVariantReports, buildCheckpoint } from "./checkpoint.ts";
export { checkVariantContent, cohortCheckContext, withJudges } from "./evaluate.ts";
export { assertCampaignValid } from "./guard.ts";
