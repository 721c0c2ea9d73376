export { buildPromptInput, STANDARD_CONTEXT, GENERIC_ROLE } from "./build.js";
export { sanitizeFreeText, FREE_TEXT_MAX_CHARS } from "./untrusted.js";
export { formatExpiry } from "./dates.js";
export { previewCohort } from "./preview.js";
