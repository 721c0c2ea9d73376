import type { ChatMessage, PromptRegistry, PromptVersion, Releases } from "./types.ts";
/** `copygate prompts list`: one row per version, aligned columns, production marked with "*". */
export declare function formatPromptTable(registry: PromptRegistry): string;
/** `copygate prompts show <ref>`: what a reviewer needs before reading the template. */
export declare function formatPromptSummary(version: PromptVersion, releases: Releases): string;
/** `copygate prompts render`: each message under a `--- role ---` line, exactly as sent. */
export declare function formatMessages(messages: ChatMessage[]): string;
