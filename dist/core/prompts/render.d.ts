import type { ChatMessage, PromptVersion } from "./types.ts";
/** Renders a version against its input to the exact chat messages sent to an OpenAI-style API. */
export declare function renderPrompt(version: PromptVersion, input: Record<string, unknown>): Promise<ChatMessage[]>;
/**
 * Keeps only the top-level keys the input schema declares: the standard context carries more
 * (e.g. channel) than each prompt uses, and schemas with additionalProperties:false would reject it.
 */
export declare function selectDeclaredInput(inputSchema: object, input: Record<string, unknown>): Record<string, unknown>;
