export { loadPromptRegistry } from "./registry.js";
export { parsePromptRef, versionFromFileName } from "./ref.js";
export { parsePromptVersion } from "./parse.js";
export { renderPrompt, selectDeclaredInput } from "./render.js";
export { renderFallback, compileFallback, fallbackFields } from "./fallback.js";
export { unifiedDiff } from "./diff.js";
export { formatPromptTable, formatPromptSummary, formatMessages } from "./format.js";
export { splitPromptFile } from "./file.js";
