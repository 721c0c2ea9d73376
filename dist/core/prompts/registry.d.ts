import type { PromptRegistry } from "./types.ts";
/** A workflow is a folder under prompts/ with a releases.yaml; other folders (e.g. judges) are not workflows. */
export declare function loadPromptRegistry(root: string): Promise<PromptRegistry>;
