import { join } from "node:path";
import { readYamlFile } from "./yaml.js";
export function campaignPath(dir) {
    return join(dir, "campaign.yaml");
}
/** Loads `<dir>/campaign.yaml` (dir relative to root). */
export async function loadCampaign(root, dir) {
    return readYamlFile(root, campaignPath(dir));
}
