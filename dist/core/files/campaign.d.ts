import type { Campaign } from "../model/index.ts";
export declare function campaignPath(dir: string): string;
/** Loads `<dir>/campaign.yaml` (dir relative to root). */
export declare function loadCampaign(root: string, dir: string): Promise<Campaign>;
