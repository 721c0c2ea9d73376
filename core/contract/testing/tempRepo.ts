/** Test support: a throwaway copy of the repository's example content to change without touching the real one. */
import { cp, mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { loadCampaign } from "../../files/index.ts";
import type { Campaign } from "../../model/index.ts";

export const REPO_ROOT = resolve(import.meta.dirname, "../../..");
export const CAMPAIGN_DIR = "campaigns/trial-expiration-3d";
const COPIED = ["sources", "policies", "prompts", "datasets/snapshots", `${CAMPAIGN_DIR}/campaign.yaml`];

export interface TempRepo {
  root: string;
  campaign: Campaign;
  write(path: string, text: string): Promise<void>;
  remove(path: string): Promise<void>;
  cleanup(): Promise<void>;
}

export async function tempRepo(): Promise<TempRepo> {
  const root = await mkdtemp(join(tmpdir(), "copygate-contract-"));
  for (const path of COPIED) await cp(join(REPO_ROOT, path), join(root, path), { recursive: true });
  return {
    root,
    campaign: await loadCampaign(root, CAMPAIGN_DIR),
    async write(path, text) {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
    },
    remove: (path) => rm(join(root, path), { force: true }),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}
