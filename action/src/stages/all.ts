/** Every stage implementation, loaded together on first use (see ../stages.ts). */
export { checkCampaign } from "./campaign.ts";
export { repositoryUses } from "./uses.ts";
export { validateFiles } from "./validate.ts";
export { evaluateWorkflow } from "./workflow.ts";
