/** Which campaigns a `/copygate generate` run covers, decided on the pull request's head tree. */
import { access, readdir } from "node:fs/promises";
import { join, posix } from "node:path";
import { chooseClock } from "../../core/contract/index.ts";
import { checkDraftsCurrent, loadCampaignContext } from "../../core/pipeline/index.ts";
import type { DraftsCurrencyVerdict } from "../../core/pipeline/index.ts";

export interface CampaignSelection {
  /** Wanted campaign folders whose drafts are not current: these are generated. */
  stale: Array<{ dir: string; currency: DraftsCurrencyVerdict }>;
  /** Wanted and already current: nothing to do. */
  current: string[];
  /** Named but absent from the tree. */
  unknown: string[];
  known: string[];
}

/** "trial-expiration-3d", "campaigns/trial-expiration-3d/" → "campaigns/trial-expiration-3d"; null for anything outside campaigns/. */
export function normalizeCampaignDir(given: string): string | null {
  const trimmed = given.replace(/^\.\/+/, "").replace(/\/+$/, "");
  const dir = posix.normalize(trimmed.includes("/") ? trimmed : `campaigns/${trimmed}`);
  return /^campaigns\/[^/.][^/]*$/.test(dir) ? dir : null;
}

export async function listCampaignDirs(root: string): Promise<string[]> {
  const entries = await readdir(join(root, "campaigns"), { withFileTypes: true }).catch(() => []);
  const dirs: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const dir = `campaigns/${entry.name}`;
    if (await access(join(root, dir, "campaign.yaml")).then(() => true, () => false)) dirs.push(dir);
  }
  return dirs.sort();
}

/**
 * The wanted campaigns (those named, else those the pull request affects) sorted into stale,
 * current and unknown by the currency check the Action runs, at the clock the Action would use.
 */
export async function selectCampaigns(root: string, wanted: string[], now?: Date): Promise<CampaignSelection> {
  const known = await listCampaignDirs(root);
  const selection: CampaignSelection = { stale: [], current: [], unknown: wanted.filter((d) => !known.includes(d)), known };
  for (const dir of [...new Set(wanted)].filter((d) => known.includes(d))) {
    const context = await loadCampaignContext(root, dir);
    const clock = await chooseClock(root, context.campaign, now);
    const currency = await checkDraftsCurrent({ root, campaignDir: dir, now: clock.now, context });
    if (currency.status === "current") selection.current.push(dir);
    else selection.stale.push({ dir, currency });
  }
  return selection;
}
