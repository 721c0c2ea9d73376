/**
 * `/copygate generate` on one pull request, in numbered steps: who asks, which branch, which
 * campaigns, is a model there, generate, one commit, the reply. Every refusal commits nothing.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isInputError } from "../../core/errors.ts";
import type { GitHubClient, RepoRef } from "../github/client.ts";
import { affectedCampaignDirs } from "../github/affected.ts";
import { commitToBranch } from "../github/commit-files.ts";
import { readCommitTree } from "../github/head-tree.ts";
import { repositoryPermission } from "../github/permission.ts";
import { readPullRequest, type PullRequestHead } from "../github/pull-request.ts";
import { normalizeCampaignDir, selectCampaigns } from "./campaigns.ts";
import { draftChanges } from "./changes.ts";
import { alreadyCurrent, branchMoved, generatedReply, nothingAffected, refusals, type Who } from "./messages.ts";
import { probeModel, type Env } from "./model.ts";
import { allowsFallbackCommit, regenerateCampaigns, type CampaignOutcome } from "./regenerate.ts";
import { verifyDrafts } from "./verify.ts";

export interface RefreshRequest {
  octokit: GitHubClient;
  repo: RepoRef;
  number: number;
  /** The commenter (checked for write permission), or null when the bot acts on a push itself. */
  who: Who;
  /** Campaign folders as written in the command; empty for the campaigns the pull request affects. */
  campaigns: string[];
  env: Env;
  now?: Date;
  warn?: (message: string) => void;
}

export interface RefreshResult {
  reply: string;
  commitSha?: string;
  /** The drafts were already current: a run the bot started itself stays silent. */
  nothingToDo?: boolean;
}

export async function refreshPullRequestDrafts(request: RefreshRequest): Promise<RefreshResult> {
  const { octokit, repo, who } = request;
  // 1. Who asks: write permission, as GitHub says now (the payload's author_association is not asked).
  if (who) {
    const access = await repositoryPermission(octokit, repo, who);
    if (!access.mayWrite) return { reply: refusals.readOnly(who, `${repo.owner}/${repo.repo}`, access.permission) };
  }
  // 2. Which branch: an open pull request whose head lives in this repository.
  const pr = await readPullRequest(octokit, repo, request.number);
  if (!pr.open) return { reply: refusals.closed(who, pr.number) };
  if (!pr.sameRepository) return { reply: refusals.fork(who, pr.headLabel) };
  // 3. Which campaigns: folders under campaigns/ only.
  const named: string[] = [];
  for (const given of request.campaigns) {
    const dir = normalizeCampaignDir(given);
    if (!dir) return { reply: refusals.badPath(who, given) };
    named.push(dir);
  }
  const root = await mkdtemp(join(tmpdir(), "copygate-bot-"));
  try {
    return await generateOnHead({ ...request, named, pr, root });
  } catch (error) {
    if (isInputError(error)) return { reply: refusals.invalid(who, error.format()) };
    throw error;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

type HeadRun = RefreshRequest & { named: string[]; pr: PullRequestHead; root: string };

async function generateOnHead(run: HeadRun): Promise<RefreshResult> {
  const { octokit, repo, who, pr, root } = run;
  // 4. The head's files, and the campaigns whose drafts are not current there.
  await readCommitTree(octokit, repo, pr.headSha, root);
  const selection = await selectCampaigns(root, await wantedCampaigns(run, root), run.now);
  if (selection.unknown.length > 0) return { reply: refusals.unknown(who, selection.unknown, pr.headSha, selection.known) };
  if (selection.stale.length === 0) {
    const reply = selection.current.length > 0 ? alreadyCurrent(who, pr.headSha, selection.current) : nothingAffected(who, pr.headSha);
    return { reply, nothingToDo: true };
  }
  // 5. A model from the bot's own environment, answering before any work.
  const reach = await probeModel(run.env);
  if (!reach.ok) {
    if (reach.reason === "not_configured") return { reply: refusals.noModel(who) };
    const fallbackEverywhere = (await Promise.all(selection.stale.map((s) => allowsFallbackCommit(root, s.dir)))).every(Boolean);
    if (!fallbackEverywhere) return { reply: reach.reason === "key_refused" ? refusals.modelRefusedKey(who, reach.detail) : refusals.modelUnreachable(who, reach.detail) };
  }
  // 6. Generate every campaign; a stop, an unwanted fallback or drafts the Action would fail commit nothing at all.
  const outcomes = await regenerateCampaigns({
    root, env: run.env, now: run.now, warn: run.warn,
    campaigns: selection.stale.map((s) => ({ dir: s.dir, previous: s.currency.drafts, reasons: s.currency.reasons })),
  });
  const refusal = await refusalFor(who, root, outcomes);
  if (refusal) return { reply: refusal };
  const generated = outcomes.filter((o): o is Extract<CampaignOutcome, { kind: "generated" }> => o.kind === "generated");
  const unverified = await verifyDrafts(root, generated, run.now);
  if (unverified) return { reply: refusals.notVerified(who, unverified) };
  // 7. One commit on the head we generated from; a moved branch is never overwritten.
  const commit = await commitToBranch(octokit, repo, {
    branch: pr.headRef, parentSha: pr.headSha, files: Object.fromEntries(generated.flatMap((g) => [[g.path, g.text], ...Object.entries(g.rendered)])),
    message: commitMessage(who, pr.number, generated),
  });
  if (!commit.committed) return { reply: await movedReply(run, commit.movedTo) };
  // 8. The checkpoint of each campaign, and the commit.
  const campaigns = generated.map((g) => ({ dir: g.dir, drafts: g.drafts, reasons: g.reasons, changes: draftChanges(g.previous, g.drafts), fallbacks: g.fallbacks }));
  return { commitSha: commit.sha, reply: generatedReply({ who, commitSha: commit.sha, commitUrl: commit.htmlUrl, branch: pr.headRef, campaigns, current: selection.current }) };
}

async function refusalFor(who: Who, root: string, outcomes: CampaignOutcome[]): Promise<string | null> {
  for (const outcome of outcomes) {
    if (outcome.kind === "stopped") return refusals.dataStop(who, outcome.dir, outcome.freshness.notes);
    if (outcome.fallbacks.length > 0 && !(await allowsFallbackCommit(root, outcome.dir))) return refusals.fallbackNotAllowed(who, outcome.dir, outcome.fallbacks);
  }
  return null;
}

/** The new head's state: are its drafts current now (another run committed them), or still stale? */
async function movedReply(run: HeadRun, movedTo: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "copygate-bot-"));
  try {
    await readCommitTree(run.octokit, run.repo, movedTo, root);
    const selection = await selectCampaigns(root, await wantedCampaigns(run, root), run.now);
    return branchMoved(run.who, run.pr.headSha, movedTo, [...selection.stale.map((s) => s.dir), ...selection.unknown]);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** The campaigns named in the command, else those the pull request's changes affect (as the Action maps them). */
async function wantedCampaigns(run: HeadRun, root: string): Promise<string[]> {
  if (run.named.length > 0) return run.named;
  return affectedCampaignDirs(run.octokit, run.repo, { number: run.number, baseSha: run.pr.baseSha, root });
}

function commitMessage(who: Who, number: number, generated: Array<{ dir: string; reasons: string[] }>): string {
  const asked = who ? `Requested by @${who} with /copygate generate on #${number}.` : `Regenerated by the copygate bot for #${number}: the drafts were not current.`;
  const why = generated.map((g) => `- ${g.dir}: ${g.reasons.join("; ") || "regenerated"}`);
  return [`Regenerate drafts: ${generated.map((g) => g.dir).join(", ")}`, "", asked, "", ...why].join("\n");
}
