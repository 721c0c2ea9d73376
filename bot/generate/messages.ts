/**
 * Every text the bot's `/copygate generate` posts. Refusals are one line: why, and what to do.
 * `who` is the commenter's login, or null for a run the bot started itself on a push.
 */
import type { DraftsFile } from "../../core/model/index.ts";

export type Who = string | null;
const to = (who: Who): string => (who ? `@${who} ` : "");
const short = (sha: string): string => sha.slice(0, 7);
const list = (dirs: string[]): string => dirs.map((d) => `\`${d}\``).join(", ");
const AGAIN = "comment `/copygate generate` again";

export const refusals = {
  readOnly: (who: string, repo: string, permission: string) =>
    `${to(who)}\`/copygate generate\` commits to the branch, so it needs write permission on ${repo} (you have ${permission}). Ask someone with write access to comment it, or run \`copygate generate <campaign-dir>\` locally and push.`,
  fork: (who: Who, headLabel: string) =>
    `${to(who)}the bot cannot commit to \`${headLabel}\`: it is a branch of a fork. Run \`copygate generate <campaign-dir>\` locally and push the drafts to your branch.`,
  closed: (who: Who, number: number) =>
    `${to(who)}pull request #${number} is closed, so the bot will not commit to it. Reopen it first, then ${AGAIN}.`,
  badPath: (who: Who, given: string) =>
    `${to(who)}\`${given}\` is not a campaign folder: name one under \`campaigns/\`, e.g. \`/copygate generate campaigns/<campaign>\`.`,
  unknown: (who: Who, unknown: string[], headSha: string, known: string[]) =>
    `${to(who)}no campaign at ${list(unknown)} on ${short(headSha)} (no campaign.yaml there). Campaigns on this branch: ${known.length ? list(known) : "none"}.`,
  invalid: (who: Who, problem: string) =>
    `${to(who)}the drafts cannot be generated: ${problem}. Fix it (\`copygate validate\` lists every problem), then ${AGAIN}; nothing was committed.`,
  dataStop: (who: Who, dir: string, notes: string[]) =>
    `${to(who)}generation of \`${dir}\` stopped before any model call: ${notes.join("; ") || "its data contract failed"}. Refresh the data, then ${AGAIN}; nothing was committed.`,
  noModel: (who: Who) =>
    `${to(who)}the bot has no model configured (OPENAI_API_KEY / OPENAI_BASE_URL in the bot's own environment), so nothing was generated or committed. Ask whoever runs the copygate bot to set one.`,
  modelUnreachable: (who: Who, detail: string) =>
    `${to(who)}the bot could not reach its model: ${detail}. Nothing was committed; ${AGAIN} once the model endpoint answers.`,
  modelRefusedKey: (who: Who, detail: string) =>
    `${to(who)}the model endpoint refused the bot's key (${detail}). Nothing was committed; ask whoever runs the copygate bot to check OPENAI_API_KEY.`,
  fallbackNotAllowed: (who: Who, dir: string, variants: string[]) =>
    `${to(who)}the model did not answer for \`${dir}\` (${variants.join(", ")} fell back to the approved template), and the campaign does not set \`generation.commit_fallback_template: true\`, so nothing was committed. ${capitalize(AGAIN)} once the model answers.`,
  notVerified: (who: Who, problem: string) =>
    `${to(who)}the bot generated drafts but will not commit them: ${problem}. Nothing was committed; run \`copygate generate <campaign-dir>\` locally to see why.`,
  failed: (who: Who, message: string) =>
    `${to(who)}\`/copygate generate\` failed unexpectedly (${message}); nothing was committed. ${capitalize(AGAIN)}, or run \`copygate generate <campaign-dir>\` locally.`,
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function alreadyCurrent(who: Who, headSha: string, dirs: string[]): string {
  return `${to(who)}the drafts on ${short(headSha)} are already current for ${list(dirs)}; nothing to commit.`;
}

export function nothingAffected(who: Who, headSha: string): string {
  return `${to(who)}this pull request changes nothing any campaign's drafts are made from (as of ${short(headSha)}), so there is nothing to generate. To regenerate a campaign anyway, name it: \`/copygate generate campaigns/<campaign>\`.`;
}

/** The branch moved while generating: nothing committed, and what the new head holds. */
export function branchMoved(who: Who, fromSha: string, toSha: string, stillStale: string[]): string {
  const now = stillStale.length === 0
    ? `The drafts on ${short(toSha)} are current, so there is nothing more to do.`
    : `Drafts on ${short(toSha)} are not current for ${list(stillStale)}: ${AGAIN}.`;
  return `${to(who)}the branch moved from ${short(fromSha)} to ${short(toSha)} while the drafts were generated, so nothing was committed (nobody's push is overwritten). ${now}`;
}

export interface CampaignCheckpoint {
  dir: string;
  drafts: DraftsFile;
  reasons: string[];
  changes: string[];
  fallbacks: string[];
}

/** The reply after a commit: the checkpoint of each campaign, and a link to the commit. */
export function generatedReply(args: { who: Who; commitSha: string; commitUrl: string; branch: string; campaigns: CampaignCheckpoint[]; current: string[] }): string {
  const { who, commitSha, commitUrl, branch } = args;
  const lines = [`${to(who)}copygate committed new drafts to \`${branch}\` in [${short(commitSha)}](${commitUrl}); the checks run again on that commit.`];
  for (const c of args.campaigns) {
    const cp = c.drafts.checkpoint;
    lines.push("", `**\`${c.dir}\`** — risk **${cp.risk_level}**, verdict **${cp.verdict}**, reviewers: ${cp.required_reviewers.join(", ") || "none"}`);
    lines.push(`- Decision: ${cp.decision}`);
    if (c.reasons.length) lines.push(`- Regenerated because: ${c.reasons.join("; ")}`);
    if (c.fallbacks.length) lines.push(`- Approved fallback template used for ${c.fallbacks.join(", ")} (the campaign allows committing it)`);
    lines.push(`- Changed since the previous drafts: ${c.changes.join("; ")}`);
  }
  if (args.current.length) lines.push("", `Already current, not regenerated: ${list(args.current)}.`);
  return `${lines.join("\n")}\n`;
}
