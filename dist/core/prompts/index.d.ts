/** The prompt registry: versions of each workflow's prompt, releases, refs, hashes, rendering. */
export type { ChatMessage, PromptRegistry, PromptVersion, Releases } from "./types.ts";
export { loadPromptRegistry } from "./registry.ts";
export { parsePromptRef, versionFromFileName } from "./ref.ts";
export type { PromptRef } from "./ref.ts";
export { parsePromptVersion } from "./parse.ts";
export { renderPrompt, selectDeclaredInput } from "./render.ts";
export { renderFallback, compileFallback, fallbackFields } from "./fallback.ts";
export { unifiedDiff } from "./diff.ts";
export { formatPromptTable, formatPromptSummary, formatMessages } from "./format.ts";
export { splitPromptFile } from "./file.ts";
export type { PromptFileParts } from "./file.ts";
