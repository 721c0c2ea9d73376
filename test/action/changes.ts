/** The pull-request changes the end-to-end scenarios make, derived from the example content. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { REPOSITORY_ROOT } from "./content.ts";

const read = (path: string) => readFile(join(REPOSITORY_ROOT, path), "utf8");
export const PROMPT_V8 = "prompts/trial_expiration_email/trial_expiration_email.v8.prompt";
export const PROMPT_V9 = "prompts/trial_expiration_email/trial_expiration_email.v9.prompt";
export const CAMPAIGN_FILE = "campaigns/trial-expiration-3d/campaign.yaml";
export const SEGMENT_SNAPSHOT = "datasets/snapshots/seg_trial_ending_3_days.jsonl";

/** v9: v8 with a harmless wording change — the simulator answers it as well as v7. */
export async function goodCandidatePrompt(): Promise<string> {
  const v8 = await read(PROMPT_V8);
  return v8.replace(/version: "?8"?/, 'version: "9"').replace("Make the deadline concrete:", "Make the deadline concrete and brief:");
}

/** v9 with a claim hard-coded into its approved-claims list: copy that repeats it breaks legal rules. */
export async function riskyCandidatePrompt(): Promise<string> {
  const v8 = await read(PROMPT_V8);
  return v8
    .replace(/version: "?8"?/, 'version: "9"')
    .replace("{{/each}}\n\nOpen the body", "{{/each}}\n- Lumora is SOC 2 certified, so your data is guaranteed safe.\n\nOpen the body");
}

/** The campaign with a reworded key message: its committed drafts no longer match the brief. */
export async function rewordedCampaign(): Promise<string> {
  return (await read(CAMPAIGN_FILE)).replace("Keep everything you built during the trial", "Keep every dashboard you built");
}

/** The segment export re-delivered with every row last updated three days before the demo clock. */
export async function staleSegment(): Promise<string> {
  return (await read(SEGMENT_SNAPSHOT)).replace(/"updated_at":"[^"]+"/g, '"updated_at":"2026-11-17T00:00:00Z"');
}

/** `count` copies of the campaign under new ids, without drafts: a pull request too big for one comment. */
export async function campaignCopies(count: number): Promise<Record<string, string>> {
  const campaign = await read(CAMPAIGN_FILE);
  const files: Record<string, string> = {};
  for (let i = 1; i <= count; i++) {
    const id = `bulk-${String(i).padStart(3, "0")}`;
    files[`campaigns/${id}/campaign.yaml`] = campaign.replace(/^id: .+$/m, `id: ${id}`);
  }
  return files;
}
