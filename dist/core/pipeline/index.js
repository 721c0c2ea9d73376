/** The pipeline: one campaign from data contract to reviewed drafts, and the currency check of committed drafts. */
export { runGeneration, promptInputsHash } from "./generate.js";
export { loadCampaignContext, draftsPath, modelName } from "./context.js";
export { checkDraftsCurrent } from "./current.js";
export { readDraftsFile, writeDraftsFile, serializeDrafts, draftsContentHash, publishableContent } from "./drafts.js";
export { mergeVariantReports, buildCheckpoint } from "./checkpoint.js";
export { checkVariantContent, cohortCheckContext, withJudges } from "./evaluate.js";
export { assertCampaignValid } from "./guard.js";
