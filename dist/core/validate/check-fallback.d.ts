import type { RepoContext } from "./context.ts";
import type { Problem } from "./problems.ts";
/** prompts/<workflow>/fallback.hbs: parses, reads only what campaigns supply, fills only output-schema fields. */
export declare function checkFallback(file: string, text: string, ctx: RepoContext): Promise<Problem[]>;
