import type { RepoContext } from "./context.ts";
import type { Problem } from "./problems.ts";
/** prompts/<workflow>/releases.yaml: the production pin and every history entry point at real prompt files. */
export declare function checkReleases(file: string, text: string, ctx: RepoContext): Promise<Problem[]>;
