import { stat } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../errors.ts";
import { campaignPath } from "../files/index.ts";
import { formatProblem, validateRepository } from "../validate/index.ts";

/**
 * A campaign must validate before a command runs on it: a missing field or a broken reference is
 * reported at its line, never as a crash deep in the pipeline. (The Action validates in its own step.)
 */
export async function assertCampaignValid(root: string, campaignDir: string): Promise<void> {
  // A missing campaign.yaml is the loader's to report: it names the file and what to check.
  if (!(await stat(join(root, campaignPath(campaignDir))).catch(() => null))) return;
  const { problems } = await validateRepository(root, [campaignPath(campaignDir)]);
  if (problems.length === 0) return;
  const shown = problems.slice(0, 10).map(formatProblem);
  const more = problems.length > shown.length ? [`… and ${problems.length - shown.length} more`] : [];
  throw new InputError(`${campaignPath(campaignDir)} is not valid, so nothing ran:\n${[...shown, ...more].join("\n")}`, {
    hint: `fix ${problems.length === 1 ? "it" : "them"} and run again (\`copygate validate ${campaignDir}\` checks without running)`,
  });
}
