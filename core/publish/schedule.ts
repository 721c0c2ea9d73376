/**
 * The final publish gate's release: a held draft is scheduled after `/copygate schedule` from a
 * member of the gate's group. The bytes are read again from the merge commit and must still hash to
 * the ledger's content hash; the content must still be what is live (a rollback since cancels it).
 */
import { draftsContentHash, readDraftsFile } from "../pipeline/drafts.ts";
import { draftsPath, loadCampaignContext } from "../pipeline/context.ts";
import { isInputError } from "../errors.ts";
import { liveEntry, type Ledger, type LedgerEntry, type LedgerRecord } from "./ledger.ts";
import { scheduledComment, statusDescription } from "./messages.ts";
import { buildPublishRequest } from "./payload.ts";
import type { Recorder } from "./publish-step.ts";
import type { PublishTarget, TargetEnvironment } from "./targets/types.ts";
import { loadRenderedVariant, type RenderedEmail } from "../render/index.ts";

export interface ScheduleOutcome {
  status: "scheduled" | "refused";
  /** The comment to post on the pull request. */
  message: string;
  record?: LedgerRecord;
}

/** Entries held by the final gate for this pull request's merge commit. */
export function heldEntries(entries: LedgerEntry[], pullRequest: number, mergeCommit: string): LedgerEntry[] {
  return entries.filter((e) => e.record.state === "published" && e.record.gate_group && e.record.mode === "draft" && e.record.pull_request === pullRequest && e.record.merge_commit === mergeCommit);
}

export async function scheduleHeld(args: {
  held: LedgerEntry;
  campaignEntries: LedgerEntry[];
  root: string;
  campaignDir: string;
  commenter: string;
  ledger: Ledger;
  recorder: Recorder;
  findTarget(name: string): PublishTarget | undefined;
  targetEnvironment: TargetEnvironment;
  now: Date;
  by: string;
}): Promise<ScheduleOutcome> {
  const { held, root, campaignDir } = args;
  const refuse = (why: string): ScheduleOutcome => ({ status: "refused", message: `copygate did not schedule \`${held.record.campaign}\`: ${why}.` });
  if (liveEntry(args.campaignEntries)?.record.content_hash !== held.record.content_hash) return refuse("its content is no longer the live content (rolled back or replaced since)");
  const drafts = await readDraftsFile(root, draftsPath(campaignDir)).catch(() => null);
  if (!drafts || draftsContentHash(drafts.variants) !== held.record.content_hash) return refuse(`the drafts at ${held.record.merge_commit.slice(0, 7)} do not hash to ${held.record.content_hash}`);
  let context;
  try {
    context = await loadCampaignContext(root, campaignDir);
  } catch (error) {
    if (!isInputError(error)) throw error;
    return refuse(error.format());
  }
  const target = args.findTarget(held.record.target);
  if (!target) return refuse(`publish.target ${held.record.target} is not a known target`);
  const rendered: Record<string, RenderedEmail> = {};
  try {
    for (const variant of drafts.variants) {
      const email = await loadRenderedVariant(root, campaignDir, variant);
      if (email) rendered[variant.audience.key] = email;
    }
  } catch (error) {
    if (!isInputError(error)) throw error;
    return refuse(error.format());
  }
  const request = buildPublishRequest({ campaign: context.campaign, drafts, mode: "schedule", rendered });
  const result = await target.publish(request, args.targetEnvironment);
  const { gate_group: _released, ...rest } = held.record;
  const record: LedgerRecord = { ...rest, mode: result.mode, platform_id: result.platformId, at: args.now.toISOString(), by: args.by, reason: `scheduled at @${args.commenter}'s /copygate schedule`, ...(result.url ? { url: result.url } : {}) };
  if (!(await args.ledger.append(held.head, record))) return refuse("another run changed its ledger entry at the same moment; comment again if it is not scheduled");
  if (record.deployment_id) await args.recorder.deploymentStatus(record.deployment_id, "success", statusDescription(`scheduled ${record.ledger_key} at @${args.commenter}'s request`), result.url);
  return { status: "scheduled", message: scheduledComment(record, args.commenter), record };
}
