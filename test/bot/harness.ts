/**
 * The bot end to end: the example repository in the GitHub twin (drafts generated on main by the
 * bundled simulator), the real Probot server of bot/server.ts, and helpers to merge a change the
 * way GitHub does (a real merge commit, then signed push and pull_request.closed deliveries).
 */
import { generateKeyPairSync } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { draftsContentHash } from "../../core/pipeline/drafts.ts";
import { loadCampaignContext } from "../../core/pipeline/index.ts";
import { loadEmailTemplate, renderedFiles, renderedRecord, renderVariantEmail } from "../../core/render/index.ts";
import { copyExampleRepo } from "../support/exampleRepo.ts";
import type { DraftsFile } from "../../core/model/index.ts";
import { startBotServer, type BotServer } from "../../bot/server.ts";
import { deliverWebhook, mergedPullRequestPayload, pushPayload, type WebhookResult } from "../github-twin/index.ts";
import { OWNER, REPO, startScenario, TRIAL_CAMPAIGN, type Scenario } from "../action/scenario.ts";

export { OWNER, REPO, TRIAL_CAMPAIGN };
export const SECRET = "bot-webhook-secret";
export const DRAFTS = `${TRIAL_CAMPAIGN}/drafts.json`;
export const TEAMS = { "lifecycle-marketing": ["lena"], brand: ["bea"], legal: ["leo"] };

let privateKey: string | undefined;
export function appPrivateKey(): string {
  privateKey ??= generateKeyPairSync("rsa", { modulusLength: 2048, privateKeyEncoding: { type: "pkcs1", format: "pem" }, publicKeyEncoding: { type: "spki", format: "pem" } }).privateKey;
  return privateKey;
}

export interface BotScenario extends Scenario {
  dataDir: string;
  logs: string[];
  bots: BotServer[];
  startBot(options?: { leaseMs?: number; env?: Record<string, string> }): Promise<BotServer>;
  /** The drafts on main, edited and re-hashed as `copygate generate` would leave them. */
  editedDrafts(edit: (drafts: DraftsFile) => void, from?: string): Promise<string>;
  /** Opens pull request `number` with the files, records the approvals of its head, merges it. */
  merge(change: { number: number; title: string; files: Record<string, string | null>; approvals?: Array<{ user: string; onOlderCommit?: boolean }>; author?: string }): Promise<{ head: string; merge: string; before: string; first: string }>;
  deliverMerge(bot: BotServer, merged: { number: number; title: string; head: string; merge: string; before: string }, id?: string): Promise<WebhookResult[]>;
  outboxFiles(): Promise<string[]>;
  close(): Promise<void>;
}

/** The rendered emails (repository path → bytes) that belong with each drafts text the harness made. */
const renderedByDrafts = new Map<string, Record<string, string>>();

async function rerender(drafts: DraftsFile): Promise<Record<string, string>> {
  const copy = await copyExampleRepo();
  try {
    const context = await loadCampaignContext(copy.root, TRIAL_CAMPAIGN);
    const template = await loadEmailTemplate(copy.root, context.campaign, TRIAL_CAMPAIGN);
    if (!template) return {};
    const files: Record<string, string> = {};
    for (const variant of drafts.variants) {
      const email = await renderVariantEmail({ template, campaign: context.campaign, campaignDir: TRIAL_CAMPAIGN, policies: context.policies, content: variant.content });
      variant.rendered = renderedRecord(variant.audience.key, email);
      for (const [path, bytes] of Object.entries(renderedFiles(variant.rendered, email))) files[`${TRIAL_CAMPAIGN}/${path}`] = bytes;
    }
    return files;
  } finally {
    await copy.dispose();
  }
}

export async function startBotScenario(): Promise<BotScenario> {
  const scenario = await startScenario("copygate[bot]");
  for (const [team, members] of Object.entries(TEAMS)) scenario.twin.state.teamMembers.set(team, new Set(members));
  const dataDir = await mkdtemp(join(tmpdir(), "copygate-bot-data-"));
  const logs: string[] = [];
  const bots: BotServer[] = [];
  const target = () => ({ url: scenario.twin.url, owner: OWNER, repo: REPO, installationId: 7 });
  const self: BotScenario = {
    ...scenario, dataDir, logs, bots,
    async startBot(options = {}) {
      const bot = await startBotServer({
        appId: 3001, privateKey: appPrivateKey(), secret: SECRET, baseUrl: scenario.twin.url, port: 0,
        log: (line) => logs.push(line),
        app: { dataDir, leaseMs: options.leaseMs ?? 300_000, env: { ...options.env } },
      });
      bots.push(bot);
      return bot;
    },
    async editedDrafts(edit, from = "main") {
      const drafts = JSON.parse(await scenario.repo.git("show", `${from}:${DRAFTS}`)) as DraftsFile;
      edit(drafts);
      // As `copygate generate` would: the edited content rendered again, so the emails match it.
      const rendered = await rerender(drafts);
      drafts.content_hash = draftsContentHash(drafts.variants);
      const text = `${JSON.stringify(drafts, null, 2)}\n`;
      renderedByDrafts.set(text, rendered);
      return text;
    },
    async merge(change) {
      const drafts = change.files[DRAFTS];
      if (typeof drafts === "string") change = { ...change, files: { ...renderedByDrafts.get(drafts), ...change.files } };
      const before = (await scenario.repo.git("rev-parse", "main")).trim();
      const branch = `change-${change.number}`;
      const first = await scenario.repo.commit(branch, change.files, change.title, "main");
      let head = first;
      if (change.approvals?.some((a) => a.onOlderCommit)) head = await scenario.repo.commit(branch, { [`notes/${change.number}.md`]: "A later push.\n" }, `Update ${change.title}`);
      scenario.twin.addPullRequest({ number: change.number, base: "main", head: branch, title: change.title, user: change.author ?? "octo-marketer" });
      for (const approval of change.approvals ?? []) scenario.twin.addReview({ pr: change.number, user: approval.user, state: "APPROVED", commit_id: approval.onOlderCommit ? first : head });
      const merge = await scenario.twin.mergePullRequest(change.number);
      return { head, merge, before, first };
    },
    async deliverMerge(bot, merged, id) {
      const push = pushPayload(target(), { before: merged.before, after: merged.merge, commits: [{ id: merged.merge, message: `Merge pull request #${merged.number}`, modified: [DRAFTS] }] });
      const closed = mergedPullRequestPayload(target(), { number: merged.number, title: merged.title, base: { ref: "main", sha: merged.before }, head: { ref: `change-${merged.number}`, sha: merged.head }, mergeCommitSha: merged.merge });
      return Promise.all([
        deliverWebhook({ url: bot.webhookUrl, secret: SECRET, event: "push", payload: push, ...(id ? { id } : {}) }),
        deliverWebhook({ url: bot.webhookUrl, secret: SECRET, event: "pull_request", payload: closed, ...(id ? { id: `${id}-pr` } : {}) }),
      ]);
    },
    async outboxFiles() {
      const dir = join(dataDir, ".copygate", "outbox", "trial-expiration-3d");
      return (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith(".json")).sort();
    },
    async close() {
      for (const bot of bots) await bot.close();
      await scenario.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return self;
}

export async function readOutbox(scenario: BotScenario, file: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(scenario.dataDir, ".copygate", "outbox", "trial-expiration-3d", file), "utf8")) as Record<string, unknown>;
}

/** A subject line no check objects to: the edit reviewers approve in these scenarios. */
export function withSubject(subject: string): (drafts: DraftsFile) => void {
  return (drafts) => {
    for (const variant of drafts.variants) (variant.content.subject_lines as string[])[0] = subject;
  };
}
