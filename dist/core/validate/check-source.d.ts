import type { RepoContext } from "./context.ts";
import type { Problem } from "./problems.ts";
/** sources/<name>.yaml: schema, the name matches the file, a file source's snapshot exists. */
export declare function checkSource(file: string, text: string, ctx: RepoContext): Promise<Problem[]>;
