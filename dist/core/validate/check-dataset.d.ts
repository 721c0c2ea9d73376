import type { RepoContext } from "./context.ts";
import type { Problem } from "./problems.ts";
/** datasets/<workflow>/*.jsonl: each row's shape, unique ids, and inputs the production prompt accepts. */
export declare function checkDataset(file: string, text: string, ctx: RepoContext): Promise<Problem[]>;
