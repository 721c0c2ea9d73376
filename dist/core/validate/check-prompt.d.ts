import type { RepoContext } from "./context.ts";
import type { Problem } from "./problems.ts";
/** A .prompt file: frontmatter schema, name and version, both schemas compile, and every template variable is declared and supplied. */
export declare function checkPrompt(file: string, text: string, ctx: RepoContext): Promise<Problem[]>;
