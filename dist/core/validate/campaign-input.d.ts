import type { Campaign } from "../model/index.ts";
import type { RepoContext } from "./context.ts";
import type { Problem } from "./problems.ts";
import type { CheckedFile } from "./yaml-file.ts";
/** Does the campaign supply everything its prompt version's input schema requires? Checked by building the real input. */
export declare function campaignInputProblems(campaign: Campaign, checked: CheckedFile, file: string, ctx: RepoContext): Promise<Problem[]>;
