import type { Releases } from "../files/index.ts";
export interface ChatMessage {
    role: "system" | "user" | "assistant";
    content: string;
}
/** One `.prompt` file: a numbered version of a workflow's prompt. */
export interface PromptVersion {
    workflow: string;
    version: number;
    /** "trial_expiration_email@7" */
    ref: string;
    /** Repository-relative path of the .prompt file. */
    path: string;
    /** "sha256:<hex>" of the file bytes, so a draft can name exactly which prompt produced it. */
    hash: string;
    name: string;
    description?: string;
    model: string;
    config: {
        temperature?: number;
        maxOutputTokens?: number;
        [key: string]: unknown;
    };
    inputSchema: object;
    outputSchema: object;
    template: string;
    /** The whole file text, for rendering with dotprompt and for diffs. */
    source: string;
}
export interface PromptRegistry {
    workflows(): string[];
    versions(workflow: string): PromptVersion[];
    releases(workflow: string): Releases;
    /** "wf@production" | "wf@8" | "wf:v8"; throws InputError when unknown. */
    resolve(ref: string): PromptVersion;
}
export type { Releases };
