/**
 * Before anything is committed: the new drafts, written into the head's copy, must pass
 * `copygate validate` and the Action's currency check there — the bot never commits drafts the
 * Action would then fail.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { chooseClock } from "../../core/contract/index.ts";
import { checkDraftsCurrent, loadCampaignContext } from "../../core/pipeline/index.ts";
import { formatProblem, validateRepository } from "../../core/validate/index.ts";

/** null when every drafts file passes; otherwise one line saying which failed and why. */
export async function verifyDrafts(root: string, drafts: Array<{ dir: string; path: string; text: string; rendered?: Record<string, string> }>, now?: Date): Promise<string | null> {
  for (const d of drafts) {
    for (const [path, text] of Object.entries({ [d.path]: d.text, ...(d.rendered ?? {}) })) {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
    }
  }
  const { problems } = await validateRepository(root, drafts.map((d) => d.path));
  if (problems.length > 0) return `the generated drafts do not validate: ${problems.slice(0, 3).map(formatProblem).join("; ")}`;
  for (const d of drafts) {
    const context = await loadCampaignContext(root, d.dir);
    const clock = await chooseClock(root, context.campaign, now);
    const currency = await checkDraftsCurrent({ root, campaignDir: d.dir, now: clock.now, context });
    if (currency.status !== "current") return `the generated drafts for ${d.dir} are not current: ${currency.reasons.join("; ")}`;
  }
  return null;
}
