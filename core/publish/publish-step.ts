/**
 * The publish itself, after verification and the ledger claim: a Deployment in progress, the
 * target's find-then-create, the ledger record, the Deployment's result, one comment on the merged
 * pull request (and on the one first published, for a rollback) and the trace.
 */
import type { TraceRecord } from "../model/index.ts";
import { newTraceId } from "../trace/ids.ts";
import type { ApprovalVerdict } from "./approvals.ts";
import type { LedgerEntry, LedgerRecord, Ledger } from "./ledger.ts";
import { blockedComment, commentMarker, failedComment, publishedComment, rollbackNotice, statusDescription } from "./messages.ts";
import { buildPublishRequest } from "./payload.ts";
import type { CampaignOutcome, MergeContext, ReconcilePorts } from "./reconcile.ts";
import type { PublishResult, PublishTarget } from "./targets/types.ts";
import type { VerifiedCampaign } from "./verify.ts";

/** Where the bot records what it did (GitHub Deployments, statuses, comments); the CLI prints instead. */
export interface Recorder {
  /** Finds the deployment for (ledger key, merge commit) or creates it; returns its id. */
  deployment(args: { campaign: string; ledgerKey: string; mergeCommit: string; payload: Record<string, unknown> }): Promise<number>;
  deploymentStatus(id: number, state: "in_progress" | "success" | "failure" | "inactive", description: string, environmentUrl?: string): Promise<void>;
  commitStatus(sha: string, campaign: string, state: "success" | "failure", description: string): Promise<void>;
  /** Posts the comment unless one with this marker is there already. */
  commentOnce(pullRequest: number, marker: string, body: string): Promise<void>;
}

export interface PublishPorts {
  recorder: Recorder;
  /** Who acts (the delivery id or run id), written into every ledger record. */
  by: string;
  trace(record: TraceRecord): Promise<void>;
}

interface Claimed {
  verified: VerifiedCampaign;
  merge: MergeContext;
  target: PublishTarget;
  approvals: ApprovalVerdict;
  claimed: LedgerEntry;
  live: LedgerEntry | null;
}

/** The final gate holds a schedule as a draft when the campaign asks for it or the risk is high. */
export function finalGate(verified: VerifiedCampaign): string | null {
  const campaign = verified.context?.campaign;
  if (!campaign || campaign.publish.mode !== "schedule") return null;
  const asked = (campaign.publish as { final_gate?: boolean }).final_gate === true;
  if (!asked && verified.risk !== "high") return null;
  return verified.requiredGroups.at(-1) ?? campaign.approval.low.at(-1) ?? "lifecycle-marketing";
}

export async function publishVerified(c: Claimed, ports: ReconcilePorts): Promise<CampaignOutcome> {
  const { verified, merge, target } = c;
  const context = verified.context as NonNullable<VerifiedCampaign["context"]>;
  const gate = finalGate(verified);
  const request = buildPublishRequest({ campaign: context.campaign, drafts: verified.drafts as NonNullable<VerifiedCampaign["drafts"]>, mode: gate ? "draft" : context.campaign.publish.mode, rendered: verified.rendered });
  const payload = { campaign: verified.campaign, content_hash: request.contentHash, target: target.name, ledger_key: request.ledgerKey, mode: request.mode };
  const deploymentId = await ports.recorder.deployment({ campaign: verified.campaign, ledgerKey: request.ledgerKey, mergeCommit: merge.mergeCommit, payload });
  await ports.recorder.deploymentStatus(deploymentId, "in_progress", statusDescription(`publishing ${request.ledgerKey} to ${target.name}`));
  let result: PublishResult;
  try {
    result = await target.publish(request, ports.targetEnvironment);
  } catch (error) {
    return failed(c, ports, deploymentId, (error as Error).message);
  }
  const record: LedgerRecord = {
    ...c.claimed.record, state: "published", mode: result.mode, platform_id: result.platformId, deployment_id: deploymentId,
    at: ports.now().toISOString(), by: ports.by, ...(result.url ? { url: result.url } : {}), ...(gate ? { gate_group: gate } : {}),
  };
  await appendOrLog(ports.ledger, c.claimed.head, record);
  await ports.recorder.deploymentStatus(deploymentId, "success", statusDescription(`${record.rollback_from ? "rolled back to" : "published"} ${request.ledgerKey} (${result.mode}) as ${result.platformId}`), result.url);
  if (c.live && c.live.record.content_hash !== record.content_hash && c.live.record.deployment_id) {
    await ports.recorder.deploymentStatus(c.live.record.deployment_id, "inactive", statusDescription(`superseded by ${request.ledgerKey}`));
  }
  await ports.recorder.commitStatus(merge.mergeCommit, verified.campaign, "success", statusDescription(`published ${request.ledgerKey} to ${target.name}`));
  await comment(c, ports, record);
  await ports.trace(traceRecord(c, record, record.rollback_from ? "rolled_back" : "published"));
  const status = record.rollback_from ? "rolled_back" : gate ? "held" : "published";
  return { campaign: verified.campaign, status, summary: `${request.ledgerKey}: ${status} to ${target.name} as ${result.mode} (${result.created ? "created" : "found"} ${result.platformId})`, record };
}

async function comment(c: Claimed, ports: ReconcilePorts, record: LedgerRecord): Promise<void> {
  const pr = c.merge.pullRequest?.number;
  if (pr) await ports.recorder.commentOnce(pr, commentMarker(record.ledger_key, record.merge_commit, "published"), `${commentMarker(record.ledger_key, record.merge_commit, "published")}\n${publishedComment(record, c.approvals.groups, c.verified.risk ?? "?")}`);
  if (record.rollback_from && record.published_from && record.published_from !== pr) {
    const marker = commentMarker(record.ledger_key, record.merge_commit, "rollback");
    await ports.recorder.commentOnce(record.published_from, marker, `${marker}\n${rollbackNotice(record, record.published_from)}`);
  }
}

async function failed(c: Claimed, ports: ReconcilePorts, deploymentId: number, message: string): Promise<CampaignOutcome> {
  const record: LedgerRecord = { ...c.claimed.record, state: "failed", deployment_id: deploymentId, at: ports.now().toISOString(), by: ports.by, reason: message };
  await appendOrLog(ports.ledger, c.claimed.head, record);
  await ports.recorder.deploymentStatus(deploymentId, "failure", statusDescription(`publish failed: ${message}`));
  await ports.recorder.commitStatus(c.merge.mergeCommit, c.verified.campaign, "failure", statusDescription(`publish failed: ${message}`));
  const pr = c.merge.pullRequest?.number;
  if (pr) await ports.recorder.commentOnce(pr, commentMarker(record.ledger_key, record.merge_commit, "failed"), `${commentMarker(record.ledger_key, record.merge_commit, "failed")}\n${failedComment(record, message)}`);
  await ports.trace(traceRecord(c, record, "failed"));
  return { campaign: c.verified.campaign, status: "failed", summary: `${record.ledger_key}: publish failed: ${message}`, record };
}

/** A lost compare-and-swap here means a recovering run took the entry over: its record stands. */
async function appendOrLog(ledger: Ledger, head: string, record: LedgerRecord): Promise<void> {
  await ledger.append(head, record);
}

/** Verification failed or the rollout stage publishes nothing: say why once, publish nothing, set no success. */
export async function notPublished(verified: VerifiedCampaign, merge: MergeContext, ports: ReconcilePorts, why: { reasons: string[]; approvals?: ApprovalVerdict; skipped?: boolean }): Promise<CampaignOutcome> {
  const hash = verified.drafts?.content_hash ?? "sha256:unknown";
  const key = `copygate:${verified.campaign}:${hash.replace(/^sha256:/, "").slice(0, 12)}`;
  const text = blockedComment(verified.campaign, why.reasons);
  if (!why.skipped) await ports.recorder.commitStatus(merge.mergeCommit, verified.campaign, "failure", statusDescription(`not published: ${why.reasons[0] ?? "verification failed"}`));
  const pr = merge.pullRequest?.number;
  if (pr) await ports.recorder.commentOnce(pr, commentMarker(key, merge.mergeCommit, "blocked"), `${commentMarker(key, merge.mergeCommit, "blocked")}\n${text}`);
  const record: LedgerRecord = {
    state: "failed", campaign: verified.campaign, content_hash: hash, ledger_key: key, target: verified.context?.campaign.publish.target ?? "",
    mode: verified.context?.campaign.publish.mode ?? "draft", merge_commit: merge.mergeCommit, pull_request: pr ?? null, at: ports.now().toISOString(), by: ports.by, reason: why.reasons.join("; "),
  };
  const approvals = why.approvals ?? { ok: false, groups: [] };
  await ports.trace(traceRecord({ verified, merge, approvals }, record, why.skipped ? "not_started" : "blocked"));
  return { campaign: verified.campaign, status: why.skipped ? "skipped" : "blocked", summary: `${key}: not published: ${why.reasons.join("; ")}` };
}

export function traceRecord(c: Pick<Claimed, "verified" | "merge" | "approvals">, record: LedgerRecord, status: TraceRecord["publish"]["status"]): TraceRecord {
  const { verified, merge, approvals } = c;
  const drafts = verified.drafts;
  const approved = approvals.groups.filter((g) => g.reviewer);
  return {
    trace_id: newTraceId(), kind: record.rollback_from ? "rollback" : "publish", workflow: drafts?.provenance.workflow ?? "", campaign: verified.campaign,
    run_id: record.by, started_at: record.at, prompt_version: verified.promptVersion, ...(drafts ? { prompt_hash: drafts.provenance.prompt_hash } : {}),
    model: drafts?.provenance.model ?? "", inputs: {
      merge_commit: merge.mergeCommit, ...(merge.pullRequest ? { pull_request: `#${merge.pullRequest.number}`, head_commit: merge.pullRequest.headSha } : {}),
      ledger_key: record.ledger_key, ...(record.platform_id ? { platform_id: record.platform_id } : {}), ...(record.rollback_from ? { rollback_from: record.rollback_from } : {}),
    },
    generation: { latency_ms: 0, input_tokens: 0, output_tokens: 0, calls: 0, fallbacks: [] },
    evals: verified.checks.map((ch) => ({ id: ch.id, status: ch.status as TraceRecord["evals"][number]["status"] })),
    ...(verified.verdict ? { verdict: verified.verdict } : {}), ...(verified.risk ? { risk_level: verified.risk } : {}),
    approval: { status: approvals.ok ? "approved" : "rejected", reviewers: approved.map((g) => `${g.group}: @${g.reviewer} at ${g.at}`), ...(approved.at(-1)?.at ? { at: approved.at(-1)?.at } : {}) },
    publish: { status, target: record.target, ...(record.reason ? { reason: record.reason } : {}) },
    content_hash: record.content_hash,
  };
}
