/** The brief: turns a campaign, its policies and one audience cohort into a prompt's input. */
export type { Cohort } from "./types.ts";
export { buildPromptInput, STANDARD_CONTEXT, GENERIC_ROLE } from "./build.ts";
export { sanitizeFreeText, FREE_TEXT_MAX_CHARS } from "./untrusted.ts";
export { formatExpiry } from "./dates.ts";
export { previewCohort } from "./preview.ts";
export type { PreviewCohortName } from "./preview.ts";
