import type { PromptVersion } from "./types.ts";
/** Parses one .prompt file's text into a PromptVersion; the caller has already checked the file name. */
export declare function parsePromptVersion(workflow: string, version: number, path: string, source: string): PromptVersion;
