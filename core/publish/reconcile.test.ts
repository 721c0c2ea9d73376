/**
 * The reconcile's decisions with an in-memory ledger and recorder, on the example repository's
 * committed drafts: publish once, leave a claim in progress alone until its lease runs out, do
 * nothing when the content is live, honour the rollout stage, and record a target's failure.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyExampleRepo } from "../../test/support/exampleRepo.ts";
import { demoClock } from "../contract/index.ts";
import type { Campaign, TraceRecord } from "../model/index.ts";
import { generateDraftFiles } from "../../test/action/scenario.ts";
import { rolloutBlocks } from "./verify.ts";
import { memoryLedger } from "./ledger.ts";
import type { Recorder } from "./publish-step.ts";
import { reconcileCampaign, type ReconcilePorts } from "./reconcile.ts";
import { findTarget } from "./targets/index.ts";
import type { PublishTarget } from "./targets/types.ts";

const CAMPAIGN = "campaigns/trial-expiration-3d";
let root = "";
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ root, dispose } = await copyExampleRepo());
});
afterAll(async () => {
  await dispose();
});

function ports(over: Partial<ReconcilePorts> = {}) {
  const calls: string[] = [];
  const traces: TraceRecord[] = [];
  const recorder: Recorder = {
    deployment: async ({ ledgerKey }) => (calls.push(`deployment ${ledgerKey}`), 1),
    deploymentStatus: async (id, state) => void calls.push(`status ${id} ${state}`),
    commitStatus: async (_sha, campaign, state) => void calls.push(`commit ${campaign} ${state}`),
    commentOnce: async (pr, _marker, body) => void calls.push(`comment #${pr} ${body.split("\n")[1]}`),
  };
  const p: ReconcilePorts = {
    ledger: memoryLedger(), recorder, by: "test", trace: async (t) => void traces.push(t),
    approvals: async () => ({ ok: true, groups: [{ group: "lifecycle-marketing", reviewer: "lena", at: "2026-11-20T08:00:00Z" }] }),
    findTarget, targetEnvironment: { env: {}, root }, leaseMs: 60_000, now: () => new Date(), ...over,
  };
  return { p, calls, traces };
}
const merge = (sha = "a".repeat(40)) => ({ root, mergeCommit: sha, pullRequest: { number: 5, author: "octo-marketer", headSha: "b".repeat(40) } });

describe("reconcileCampaign", () => {
  it("publishes once; the same merge again is already done; another merge of the same content is unchanged", async () => {
    const { p, calls, traces } = ports({ checkClock: await demoClock(root) });
    const first = await reconcileCampaign(CAMPAIGN, merge(), p);
    expect(first.status).toBe("published");
    expect(calls).toEqual([
      `deployment ${first.record?.ledger_key}`, "status 1 in_progress", "status 1 success", "commit trial-expiration-3d success",
      "comment #5 copygate published `trial-expiration-3d` to outbox as a draft.",
    ]);
    expect(traces.map((t) => [t.kind, t.publish.status])).toEqual([["publish", "published"]]);
    expect((await reconcileCampaign(CAMPAIGN, merge(), p)).status).toBe("already");
    expect((await reconcileCampaign(CAMPAIGN, merge("c".repeat(40)), p)).status).toBe("unchanged");

    // A merge that moves the prompt's production pin away from the drafts' version (e.g. the revert
    // of a promotion) leaves the live drafts stale: said once, a failing status, nothing published.
    const releases = join(root, "prompts/trial_expiration_email/releases.yaml");
    const pinned = await readFile(releases, "utf8");
    await writeFile(releases, pinned.replace("production: 7", "production: 8"));
    try {
      calls.length = 0;
      const stale = await reconcileCampaign(CAMPAIGN, merge("f".repeat(40)), p);
      expect(stale.status).toBe("stale");
      expect(calls).toEqual([
        "commit trial-expiration-3d failure",
        `comment #5 copygate: the live drafts of \`trial-expiration-3d\` (${first.record?.ledger_key}) are stale after this merge: campaigns/trial-expiration-3d/drafts.json is stale: prompt changed: drafts from trial_expiration_email:v7, campaign now uses trial_expiration_email:v8 (${stale.summary.match(/\(sha256:[0-9a-f]{12}\)/)?.[0].slice(1, -1)}). Nothing new is published for it; regenerate its drafts (\`/copygate generate\`) and merge them.`,
      ]);
    } finally {
      await writeFile(releases, pinned);
    }
  });

  it("leaves a fresh claim to its owner and recovers one whose lease ran out", async () => {
    const clock = { now: new Date("2026-11-20T08:30:00Z") };
    const { p } = ports({ now: () => clock.now, checkClock: await demoClock(root) });
    const drafts = JSON.parse(await readFile(join(root, CAMPAIGN, "drafts.json"), "utf8")) as { content_hash: string };
    await p.ledger.claim({ state: "claimed", campaign: "trial-expiration-3d", content_hash: drafts.content_hash, ledger_key: "k", target: "outbox", mode: "draft", merge_commit: "a".repeat(40), pull_request: 5, at: clock.now.toISOString(), by: "crashed" });
    expect((await reconcileCampaign(CAMPAIGN, merge(), p)).summary).toMatch(/claimed by crashed 0s ago; in progress$/);
    clock.now = new Date("2026-11-20T08:31:01Z");
    expect((await reconcileCampaign(CAMPAIGN, merge(), p)).status).toBe("published");
  });

  it("records a target's failure: no success, the reason on the pull request, the same merge not retried", async () => {
    const broken: PublishTarget = { name: "outbox", find: async () => null, publish: async () => { throw new Error("platform unavailable (503)"); } };
    const { p, calls, traces } = ports({ findTarget: () => broken, checkClock: await demoClock(root) });
    const outcome = await reconcileCampaign(CAMPAIGN, merge("d".repeat(40)), p);
    expect(outcome.status).toBe("failed");
    expect(calls.slice(-3)).toEqual(["status 1 failure", "commit trial-expiration-3d failure", "comment #5 copygate could not publish `trial-expiration-3d` to outbox: platform unavailable (503). Nothing was recorded as published; run `copygate publish --reconcile` after fixing it."]);
    expect(traces.at(-1)?.publish).toEqual({ status: "failed", target: "outbox", reason: "platform unavailable (503)" });
    expect((await reconcileCampaign(CAMPAIGN, merge("d".repeat(40)), p)).status).toBe("already");
  });

  it("publishes nothing in a rollout stage that publishes nothing, and says so once without a failing status", async () => {
    const campaignFile = join(root, CAMPAIGN, "campaign.yaml");
    const draftsFile = join(root, CAMPAIGN, "drafts.json");
    const [campaign, drafts] = await Promise.all([readFile(campaignFile, "utf8"), readFile(draftsFile, "utf8")]);
    await writeFile(campaignFile, campaign.replace("stage: test", "stage: shadow"));
    // The regenerated drafts.json and rendered emails; each is put back afterwards for the next tests.
    const generated = await generateDraftFiles(root, CAMPAIGN);
    const originals = await Promise.all(Object.keys(generated).map(async (path) => [path, await readFile(join(root, path), "utf8").catch(() => null)] as const));
    for (const [path, bytes] of Object.entries(generated)) await writeFile(join(root, path), bytes);
    try {
      const { p, calls, traces } = ports({ checkClock: await demoClock(root) });
      const outcome = await reconcileCampaign(CAMPAIGN, merge("e".repeat(40)), p);
      expect(outcome.status).toBe("skipped");
      expect(calls).toEqual(["comment #5 copygate did not publish `trial-expiration-3d`: rollout stage shadow publishes nothing."]);
      expect(traces.at(-1)?.publish).toEqual({ status: "not_started", target: "outbox", reason: "rollout stage shadow publishes nothing" });
    } finally {
      await writeFile(campaignFile, campaign);
      await writeFile(draftsFile, drafts);
      for (const [path, original] of originals) if (original !== null) await writeFile(join(root, path), original);
    }
  }, 60_000);
});

describe("reconcileCampaign refuses and reports", () => {
  const contentHash = async () => (JSON.parse(await readFile(join(root, CAMPAIGN, "drafts.json"), "utf8")) as { content_hash: string }).content_hash;
  const key = async () => `copygate:trial-expiration-3d:${(await contentHash()).slice("sha256:".length, "sha256:".length + 12)}`;

  it("skips a campaign without readable drafts", async () => {
    const { p, calls } = ports();
    expect(await reconcileCampaign("campaigns/archive/spring-sale", merge(), p)).toEqual({
      campaign: "spring-sale",
      status: "skipped",
      summary: "spring-sale: no readable drafts.json; nothing to publish",
    });
    expect(calls).toEqual([]);
  });

  it("blocks a campaign whose publish target is unknown, and one whose approvals are missing", async () => {
    const unknown = ports({ findTarget: () => undefined, checkClock: await demoClock(root) });
    expect(await reconcileCampaign(CAMPAIGN, merge("1".repeat(40)), unknown.p)).toEqual({
      campaign: "trial-expiration-3d",
      status: "blocked",
      summary: `${await key()}: not published: publish.target outbox is not a known target (known: outbox, webhook)`,
    });
    const missing = ports({
      checkClock: await demoClock(root),
      approvals: async () => ({ ok: false, groups: [{ group: "brand", reviewer: "bea", at: "2026-11-20T08:00:00Z" }, { group: "legal", missing: "legal has not approved head bbbbbbb; required for risk low" }] }),
    });
    expect(await reconcileCampaign(CAMPAIGN, merge("2".repeat(40)), missing.p)).toMatchObject({
      status: "blocked",
      summary: `${await key()}: not published: legal has not approved head bbbbbbb; required for risk low`,
    });
    expect(missing.calls).toEqual([
      "commit trial-expiration-3d failure",
      "comment #5 copygate did not publish `trial-expiration-3d`: legal has not approved head bbbbbbb; required for risk low.",
    ]);
  });

  it("says how long ago a claim still in progress was made, and recovers it the moment its lease ends", async () => {
    const clock = { now: new Date("2026-11-20T08:30:30Z") };
    const { p } = ports({ now: () => clock.now, checkClock: await demoClock(root) });
    await p.ledger.claim({ state: "claimed", campaign: "trial-expiration-3d", content_hash: await contentHash(), ledger_key: "k", target: "outbox", mode: "draft", merge_commit: "3".repeat(40), pull_request: 5, at: "2026-11-20T08:30:00Z", by: "crashed" });
    expect(await reconcileCampaign(CAMPAIGN, merge("3".repeat(40)), p)).toEqual({ campaign: "trial-expiration-3d", status: "in_progress", summary: `${await key()}: claimed by crashed 30s ago; in progress` });
    clock.now = new Date("2026-11-20T08:31:00Z");
    const recovered = await reconcileCampaign(CAMPAIGN, merge("3".repeat(40)), p);
    expect(recovered.status).toBe("published");
    expect(await reconcileCampaign(CAMPAIGN, merge("3".repeat(40)), p)).toMatchObject({ status: "already", summary: `${await key()}: already published from 3333333` });
  });
});

describe("rolloutBlocks", () => {
  it("lets test, production and full publish (and a campaign without a rollout block); offline, internal and shadow publish nothing", () => {
    const stage = (s?: string) => rolloutBlocks({ rollout: s ? { stage: s } : undefined } as unknown as Campaign);
    expect([undefined, "test", "production", "full"].map(stage)).toEqual([null, null, null, null]);
    expect(["offline", "internal", "shadow"].map(stage)).toEqual(["rollout stage offline publishes nothing", "rollout stage internal publishes nothing", "rollout stage shadow publishes nothing"]);
  });
});
