import type { RepoContext } from "./context.ts";
import type { Problem } from "./problems.ts";
/** campaigns/<id>/drafts.json: its shape, its campaign, and each variant's content in the prompt version's output schema. */
export declare function checkDrafts(file: string, text: string, ctx: RepoContext): Promise<Problem[]>;
