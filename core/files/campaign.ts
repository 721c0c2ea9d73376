import { join } from "node:path";
import type { Campaign } from "../model/index.ts";
import { readYamlFile } from "./yaml.ts";

export function campaignPath(dir: string): string {
  return join(dir, "campaign.yaml");
}

/** Loads `<dir>/campaign.yaml` (dir relative to root). */
export async function loadCampaign(root: string, dir: string): Promise<Campaign> {
  return readYamlFile<Campaign>(root, campaignPath(dir));
}
