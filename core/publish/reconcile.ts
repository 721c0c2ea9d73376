/**
 * Publish by reconcile: for one campaign at the default branch's head, publish its committed drafts
 * when they differ from what is live, exactly once across deliveries and replicas, or say why not.
 * Everything outside the core (GitHub, the clock, the trace store) comes in through ports.
 */
import { readDraftsFile } from "../pipeline/drafts.ts";
import { draftsPath } from "../pipeline/context.ts";
import { liveEntry, type Ledger, type LedgerEntry, type LedgerRecord } from "./ledger.ts";
import type { ApprovalVerdict } from "./approvals.ts";
import { rolloutBlocks, verifyCampaign, type VerifiedCampaign } from "./verify.ts";
import { ledgerKey, type PublishTarget, type TargetEnvironment } from "./targets/types.ts";
import { notPublished, publishVerified, type PublishPorts } from "./publish-step.ts";
import { commentMarker, statusDescription } from "./messages.ts";

export interface MergedPullRequest {
  number: number;
  author: string;
  headSha: string;
}

export interface MergeContext {
  /** A folder holding the merged tree. */
  root: string;
  mergeCommit: string;
  pullRequest: MergedPullRequest | null;
}

export type OutcomeStatus = "published" | "rolled_back" | "held" | "unchanged" | "stale" | "already" | "in_progress" | "blocked" | "skipped" | "failed";

export interface CampaignOutcome {
  campaign: string;
  status: OutcomeStatus;
  /** One line for logs and the CLI. */
  summary: string;
  record?: LedgerRecord;
}

export interface ReconcilePorts extends PublishPorts {
  ledger: Ledger;
  approvals(verified: VerifiedCampaign, pullRequest: MergedPullRequest | null): Promise<ApprovalVerdict>;
  findTarget(name: string): PublishTarget | undefined;
  targetEnvironment: TargetEnvironment;
  /** How long a claim without a result is trusted to be in progress before another run recovers it. */
  leaseMs: number;
  now(): Date;
  /** Fixed clock for freshness (tests, --now); else the campaign's clock. */
  checkClock?: Date;
}

export async function reconcileCampaign(campaignDir: string, merge: MergeContext, ports: ReconcilePorts): Promise<CampaignOutcome> {
  const folder = campaignDir.split("/").at(-1) ?? campaignDir;
  const drafts = await readDraftsFile(merge.root, draftsPath(campaignDir)).catch(() => null);
  if (!drafts || typeof drafts.content_hash !== "string") return { campaign: folder, status: "skipped", summary: `${folder}: no readable drafts.json; nothing to publish` };
  const campaign = typeof drafts.campaign === "string" ? drafts.campaign : folder;
  const entries = await ports.ledger.list(campaign);
  const mine = entries.find((e) => e.record.content_hash === drafts.content_hash) ?? null;
  const live = liveEntry(entries);
  const key = ledgerKey(campaign, drafts.content_hash);

  if (mine && mine.record.merge_commit === merge.mergeCommit) {
    if (mine.record.state !== "claimed") return { campaign, status: "already", summary: `${key}: already ${mine.record.state} from ${merge.mergeCommit.slice(0, 7)}`, record: mine.record };
    const age = ports.now().getTime() - Date.parse(mine.record.at);
    if (age < ports.leaseMs) return { campaign, status: "in_progress", summary: `${key}: claimed by ${mine.record.by} ${Math.round(age / 1000)}s ago; in progress` };
  } else if (live && live.record.content_hash === drafts.content_hash) {
    return liveButStale(campaignDir, merge, ports, key);
  }
  const verified = await verifyCampaign(merge.root, campaignDir, ports.checkClock ? { now: ports.checkClock } : {});
  return publishIfAllowed(verified, merge, ports, { mine, live });
}

async function publishIfAllowed(verified: VerifiedCampaign, merge: MergeContext, ports: ReconcilePorts, ledger: { mine: LedgerEntry | null; live: LedgerEntry | null }): Promise<CampaignOutcome> {
  const campaign = verified.campaign;
  if (!verified.ok || !verified.context || !verified.drafts) return notPublished(verified, merge, ports, { reasons: verified.reasons });
  const stage = rolloutBlocks(verified.context.campaign);
  if (stage) return notPublished(verified, merge, ports, { reasons: [stage], skipped: true });
  const target = ports.findTarget(verified.context.campaign.publish.target);
  if (!target) return notPublished(verified, merge, ports, { reasons: [`publish.target ${verified.context.campaign.publish.target} is not a known target (known: outbox, webhook)`] });
  const approvals = await ports.approvals(verified, merge.pullRequest);
  if (!approvals.ok) return notPublished(verified, merge, ports, { reasons: approvals.groups.flatMap((g) => (g.missing ? [g.missing] : [])), approvals });

  const claimed = await claim(verified, merge, ports, ledger.mine, ledger.live, target.name);
  if (!claimed) return { campaign, status: "in_progress", summary: `${ledgerKey(campaign, verified.drafts.content_hash)}: another delivery claimed it first` };
  return publishVerified({ verified, merge, target, approvals, claimed, live: ledger.live }, ports);
}

async function claim(verified: VerifiedCampaign, merge: MergeContext, ports: ReconcilePorts, mine: LedgerEntry | null, live: LedgerEntry | null, target: string): Promise<LedgerEntry | null> {
  const drafts = verified.drafts as NonNullable<VerifiedCampaign["drafts"]>;
  const record: LedgerRecord = {
    state: "claimed", campaign: verified.campaign, campaign_dir: verified.campaignDir, content_hash: drafts.content_hash, ledger_key: ledgerKey(verified.campaign, drafts.content_hash),
    target, mode: verified.context?.campaign.publish.mode ?? "draft", merge_commit: merge.mergeCommit, pull_request: merge.pullRequest?.number ?? null,
    at: ports.now().toISOString(), by: ports.by,
    ...rollbackFields(merge, mine, live, drafts.content_hash),
  };
  return mine ? ports.ledger.append(mine.head, record) : ports.ledger.claim(record);
}

/** A rollback returns to content an earlier merge published while other content is live; a recovered claim keeps its own. */
function rollbackFields(merge: MergeContext, mine: LedgerEntry | null, live: LedgerEntry | null, hash: string): Partial<LedgerRecord> {
  if (!mine) return {};
  if (mine.record.merge_commit === merge.mergeCommit) {
    return mine.record.rollback_from ? { rollback_from: mine.record.rollback_from, published_from: mine.record.published_from ?? null } : {};
  }
  if (mine.record.state !== "published" || !live || live.record.content_hash === hash) return {};
  return { rollback_from: live.record.content_hash, published_from: mine.record.published_from ?? mine.record.pull_request };
}

/**
 * The live content is unchanged, but is it still current? Reverting a prompt's production pin (or a
 * policy) makes drafts written by the reverted version stale: say so once on the pull request and
 * fail the commit status, and publish nothing new until drafts are regenerated and merged.
 */
async function liveButStale(campaignDir: string, merge: MergeContext, ports: ReconcilePorts, key: string): Promise<CampaignOutcome> {
  const verified = await verifyCampaign(merge.root, campaignDir, ports.checkClock ? { now: ports.checkClock } : {});
  if (verified.ok) return { campaign: verified.campaign, status: "unchanged", summary: `${key}: live already; nothing to publish` };
  const reason = verified.reasons.join("; ");
  await ports.recorder.commitStatus(merge.mergeCommit, verified.campaign, "failure", statusDescription(`live drafts are stale: ${reason}`));
  const pr = merge.pullRequest?.number;
  if (pr) {
    const marker = commentMarker(key, merge.mergeCommit, "stale");
    await ports.recorder.commentOnce(pr, marker, `${marker}\ncopygate: the live drafts of \`${verified.campaign}\` (${key}) are stale after this merge: ${reason}. Nothing new is published for it; regenerate its drafts (\`/copygate generate\`) and merge them.`);
  }
  return { campaign: verified.campaign, status: "stale", summary: `${key}: live, but stale: ${reason}` };
}
