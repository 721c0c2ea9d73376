/** What the bot says on the merged pull request and in deployment statuses: one function per text. */
import type { LedgerRecord } from "./ledger.ts";
import type { GroupApproval } from "./approvals.ts";

export const COMMENT_MARKER_PREFIX = "<!-- copygate:publish:";

/** Hidden first line: the bot finds its own comment for (campaign, content, merge) before posting again. */
export function commentMarker(ledgerKey: string, mergeCommit: string, kind: string): string {
  return `${COMMENT_MARKER_PREFIX}${kind}:${ledgerKey}:${mergeCommit.slice(0, 12)} -->`;
}

const short = (hash: string) => hash.replace(/^sha256:/, "").slice(0, 12);

function approvalLine(groups: GroupApproval[]): string {
  const approved = groups.filter((g) => g.reviewer).map((g) => `${g.group}: @${g.reviewer}`);
  return approved.length > 0 ? `approved by ${approved.join(", ")}` : "no reviews required";
}

export function publishedComment(record: LedgerRecord, groups: GroupApproval[], risk: string): string {
  const how = record.gate_group
    ? `as a draft only: the final publish gate holds the schedule until a member of ${record.gate_group} comments \`/copygate schedule\` on this pull request`
    : record.mode === "schedule" ? "scheduled" : "as a draft";
  const lines = [
    `copygate published \`${record.campaign}\` to ${record.target} ${how}.`,
    "",
    `- Content: \`${short(record.content_hash)}\` from ${record.merge_commit.slice(0, 7)} (risk ${risk}, ${approvalLine(groups)})`,
    `- Platform: \`${record.platform_id ?? "?"}\``,
    `- Deployment: copygate/${record.campaign}`,
  ];
  if (record.rollback_from) lines.splice(1, 0, "", `Rolled back to ${short(record.content_hash)} (published from #${record.published_from ?? "?"}), replacing ${short(record.rollback_from)}.`);
  return lines.join("\n");
}

export function rollbackNotice(record: LedgerRecord, publishedFrom: number | null): string {
  return `copygate: \`${record.campaign}\` rolled back to ${short(record.content_hash)} (published from #${publishedFrom ?? "?"}) by ${record.merge_commit.slice(0, 7)}${record.pull_request ? ` (#${record.pull_request})` : ""}.`;
}

export function blockedComment(campaign: string, reasons: string[]): string {
  if (reasons.length === 1) return `copygate did not publish \`${campaign}\`: ${reasons[0]}.`;
  return [`copygate did not publish \`${campaign}\`:`, "", ...reasons.map((r) => `- ${r}`)].join("\n");
}

export function failedComment(record: LedgerRecord, error: string): string {
  return `copygate could not publish \`${record.campaign}\` to ${record.target}: ${error}. Nothing was recorded as published; run \`copygate publish --reconcile\` after fixing it.`;
}

export function scheduledComment(record: LedgerRecord, login: string): string {
  return `copygate scheduled \`${record.campaign}\` (${short(record.content_hash)}) in ${record.target} at @${login}'s \`/copygate schedule\`${record.platform_id ? `: \`${record.platform_id}\`` : ""}.`;
}

/** Deployment and commit status descriptions: GitHub refuses more than 140 characters. */
export function statusDescription(text: string): string {
  return text.length <= 140 ? text : `${text.slice(0, 139)}…`;
}
