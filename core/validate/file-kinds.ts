import { checkCampaign } from "./check-campaign.ts";
import { checkDataset } from "./check-dataset.ts";
import { checkDrafts } from "./check-drafts.ts";
import { checkFallback } from "./check-fallback.ts";
import { policyCheck } from "./check-policy.ts";
import { checkPrompt } from "./check-prompt.ts";
import { checkReleases } from "./check-releases.ts";
import { checkSource } from "./check-source.ts";
import { checkEmailTemplate } from "./check-publish.ts";
import type { RepoContext } from "./context.ts";
import type { Problem } from "./problems.ts";

export type FileCheck = (file: string, text: string, ctx: RepoContext) => Promise<Problem[]>;

/** Which check reads which repository path (posix, relative to the root). A new file kind is one line here. */
const FILE_KINDS: { pattern: RegExp; check: FileCheck }[] = [
  { pattern: /^campaigns\/[^/]+\/campaign\.yaml$/, check: checkCampaign },
  { pattern: /^campaigns\/[^/]+\/drafts\.json$/, check: checkDrafts },
  { pattern: /^prompts\/[^/]+\/releases\.yaml$/, check: checkReleases },
  { pattern: /^prompts\/[^/]+\/[^/]+\.prompt$/, check: checkPrompt },
  { pattern: /^prompts\/[^/]+\/[^/]+\.hbs$/, check: checkFallback },
  { pattern: /^policies\/claims\/[^/]+\.yaml$/, check: policyCheck("claims") },
  { pattern: /^policies\/legal\/[^/]+\.yaml$/, check: policyCheck("legal") },
  { pattern: /^policies\/brand\/[^/]+\.yaml$/, check: policyCheck("brand") },
  { pattern: /^policies\/grounding\/[^/]+\.yaml$/, check: policyCheck("grounding") },
  { pattern: /^sources\/[^/]+\.yaml$/, check: checkSource },
  { pattern: /^(campaigns\/[^/]+|templates(\/[^/]+)*)\/[^/]+\.mjml$/, check: checkEmailTemplate },
  // snapshots are source data with their own contract (copygate freshness), not a dataset of briefs
  { pattern: /^datasets\/(?!snapshots\/)[^/]+\/[^/]+\.jsonl$/, check: checkDataset },
];

export function checkFor(file: string): FileCheck | undefined {
  return FILE_KINDS.find((kind) => kind.pattern.test(file))?.check;
}
