import type { RepoContext } from "./context.ts";
import type { Problem } from "./problems.ts";
import type { CheckedFile } from "./yaml-file.ts";
/** campaigns/<id>/campaign.yaml: its schema, then everything it points at. */
export declare function checkCampaign(file: string, text: string, ctx: RepoContext): Promise<Problem[]>;
export type { CheckedFile };
