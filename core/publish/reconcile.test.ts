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
import { memoryLedger, type LedgerRecord } from "./ledger.ts";
import type { Recorder } from "./publish-step.ts";
import { reconcileCampaign, type ReconcilePorts } from "./reconcile.ts";
import { findTarget } from "./targets/index.ts";
import { ledgerKey, type PublishTarget } from "./targets/types.ts";

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
  /** What `calls` leaves out: each status's description and each comment's marker. */
  const details: string[] = [];
  const traces: TraceRecord[] = [];
  const recorder: Recorder = {
    deployment: async ({ ledgerKey }) => (calls.push(`deployment ${ledgerKey}`), 1),
    deploymentStatus: async (id, state, description) => void (calls.push(`status ${id} ${state}`), details.push(`status ${id}: ${description}`)),
    commitStatus: async (sha, campaign, state, description) => void (calls.push(`commit ${campaign} ${state}`), details.push(`commit ${sha.slice(0, 7)}: ${description}`)),
    commentOnce: async (pr, marker, body) => void (calls.push(`comment #${pr} ${body.split("\n")[1]}`), details.push(`comment #${pr}: ${marker}`)),
  };
  const p: ReconcilePorts = {
    ledger: memoryLedger(), recorder, by: "test", trace: async (t) => void traces.push(t),
    approvals: async () => ({ ok: true, groups: [{ group: "lifecycle-marketing", reviewer: "lena", at: "2026-11-20T08:00:00Z" }] }),
    findTarget, targetEnvironment: { env: {}, root }, leaseMs: 60_000, now: () => new Date(), ...over,
  };
  return { p, calls, details, traces };
}
/** The committed drafts' content hash. */
const contentHash = async () => (JSON.parse(await readFile(join(root, CAMPAIGN, "drafts.json"), "utf8")) as { content_hash: string }).content_hash;
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

  it("claims the content before it publishes: the ledger keeps the claim, then the publish", async () => {
    const ledger = memoryLedger();
    const { p } = ports({ ledger, checkClock: await demoClock(root) });
    expect((await reconcileCampaign(CAMPAIGN, merge("e".repeat(40)), p)).status).toBe("published");
    const [chain] = [...ledger.entries.values()];
    expect(chain?.map((r) => [r.state, r.mode, r.merge_commit.slice(0, 7), r.pull_request])).toEqual([["claimed", "draft", "eeeeeee", 5], ["published", "draft", "eeeeeee", 5]]);
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

  it("claims a scheduling campaign in the schedule mode, though its final gate then holds it as a draft", async () => {
    const campaignFile = join(root, CAMPAIGN, "campaign.yaml");
    const draftsFile = join(root, CAMPAIGN, "drafts.json");
    const [campaign, drafts] = await Promise.all([readFile(campaignFile, "utf8"), readFile(draftsFile, "utf8")]);
    await writeFile(campaignFile, campaign.replace("  mode: draft", '  mode: schedule\n  send_at: "2026-12-01T09:00:00Z"'));
    // The regenerated drafts.json and rendered emails; each is put back afterwards for the next tests.
    const generated = await generateDraftFiles(root, CAMPAIGN);
    const originals = await Promise.all(Object.keys(generated).map(async (path) => [path, await readFile(join(root, path), "utf8").catch(() => null)] as const));
    for (const [path, bytes] of Object.entries(generated)) await writeFile(join(root, path), bytes);
    try {
      const ledger = memoryLedger();
      const { p } = ports({ ledger, checkClock: await demoClock(root) });
      expect((await reconcileCampaign(CAMPAIGN, merge("f".repeat(40)), p)).status).toBe("held");
      const [chain] = [...ledger.entries.values()];
      expect(chain?.map((r) => [r.state, r.mode, r.gate_group])).toEqual([["claimed", "schedule", undefined], ["published", "draft", "legal"]]);
    } finally {
      await writeFile(campaignFile, campaign);
      await writeFile(draftsFile, drafts);
      for (const [path, original] of originals) if (original !== null) await writeFile(join(root, path), original);
    }
  }, 60_000);

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

describe("reconcileCampaign loses a race for the claim", () => {
  it("leaves the publish to the delivery that claimed the entry between its read and its claim", async () => {
    const ledger = memoryLedger();
    const { p, calls } = ports({ ledger: { ...ledger, claim: async () => null }, checkClock: await demoClock(root) });
    const hash = (JSON.parse(await readFile(join(root, CAMPAIGN, "drafts.json"), "utf8")) as { content_hash: string }).content_hash;
    expect(await reconcileCampaign(CAMPAIGN, merge("7".repeat(40)), p)).toEqual({
      campaign: "trial-expiration-3d",
      status: "in_progress",
      summary: `${ledgerKey("trial-expiration-3d", hash)}: another delivery claimed it first`,
    });
    expect(calls).toEqual([]);
  });
});

describe("reconcileCampaign rolls back by revert", () => {
  const OTHER = `sha256:${"b".repeat(64)}`;
  const record = (over: Partial<LedgerRecord>): LedgerRecord => ({
    state: "published", campaign: "trial-expiration-3d", content_hash: OTHER, ledger_key: ledgerKey("trial-expiration-3d", OTHER), target: "outbox", mode: "draft",
    merge_commit: "2".repeat(40), pull_request: 6, at: "2026-11-20T09:00:00Z", by: "earlier", ...over,
  });

  const key = async () => ledgerKey("trial-expiration-3d", await contentHash());
  /** The committed drafts as published by merge 1 (#5), before OTHER was published by merge 2 (#6). */
  const published = async (over: Partial<LedgerRecord> = {}) =>
    record({ content_hash: await contentHash(), ledger_key: await key(), merge_commit: "1".repeat(40), pull_request: 5, at: "2026-11-20T08:00:00Z", deployment_id: 11, ...over });
  const revert = () => ({ ...merge("9".repeat(40)), pullRequest: { number: 7, author: "octo-reverter", headSha: "c".repeat(40) } });

  it("returns to content an earlier merge published: rolled back, the replaced deployment inactive, the first pull request told", async () => {
    const { p, calls, details, traces } = ports({ checkClock: await demoClock(root) });
    await p.ledger.claim(await published());
    await p.ledger.claim(record({ deployment_id: 12 }));
    const k = await key();
    const outcome = await reconcileCampaign(CAMPAIGN, revert(), p);
    expect(outcome).toMatchObject({ status: "rolled_back", record: { content_hash: await contentHash(), merge_commit: "9".repeat(40), pull_request: 7, rollback_from: OTHER, published_from: 5 } });
    expect(calls).toEqual([
      `deployment ${k}`, "status 1 in_progress", "status 1 success", "status 12 inactive", "commit trial-expiration-3d success",
      "comment #7 copygate published `trial-expiration-3d` to outbox as a draft.",
      `comment #5 copygate: \`trial-expiration-3d\` rolled back to ${k.split(":").at(-1)} (published from #5) by 9999999 (#7).`,
    ]);
    expect(details.slice(1, 3)).toEqual([`status 1: rolled back to ${k} (draft) as outbox:${k}`, `status 12: superseded by ${k}`]);
    expect(traces.map((t) => [t.kind, t.publish.status])).toEqual([["rollback", "rolled_back"]]);
    // The entry of the committed drafts now ends in the rollback: the same merge again is done.
    expect((await p.ledger.read("trial-expiration-3d", await contentHash()))?.record).toMatchObject({ state: "published", merge_commit: "9".repeat(40), rollback_from: OTHER });
    expect((await reconcileCampaign(CAMPAIGN, revert(), p)).status).toBe("already");
  });

  it("names the pull request that first published the content, also when that publish was itself a rollback", async () => {
    const { p, calls } = ports({ checkClock: await demoClock(root) });
    await p.ledger.claim(await published({ rollback_from: `sha256:${"c".repeat(64)}`, published_from: 3 }));
    await p.ledger.claim(record({}));
    const outcome = await reconcileCampaign(CAMPAIGN, revert(), p);
    expect(outcome.record).toMatchObject({ rollback_from: OTHER, published_from: 3 });
    expect(calls.at(-1)).toMatch(/^comment #3 copygate: `trial-expiration-3d` rolled back to [0-9a-f]{12} \(published from #3\) by 9999999 \(#7\)\.$/);
  });

  it("publishes content whose earlier publish failed as a new publish, not a rollback", async () => {
    const { p, calls } = ports({ checkClock: await demoClock(root) });
    await p.ledger.claim(await published({ state: "failed", reason: "platform unavailable (503)" }));
    await p.ledger.claim(record({ deployment_id: 12 }));
    const outcome = await reconcileCampaign(CAMPAIGN, revert(), p);
    expect(outcome.status).toBe("published");
    expect(outcome.record?.rollback_from).toBeUndefined();
    expect(calls.filter((c) => c.startsWith("status 12") || c.startsWith("comment"))).toEqual(["status 12 inactive", "comment #7 copygate published `trial-expiration-3d` to outbox as a draft."]);
  });

  it("publishes new content over other live content without calling it a rollback", async () => {
    const { p } = ports({ checkClock: await demoClock(root) });
    await p.ledger.claim(record({}));
    const outcome = await reconcileCampaign(CAMPAIGN, revert(), p);
    expect(outcome.status).toBe("published");
    expect(outcome.record?.rollback_from).toBeUndefined();
    expect((await p.ledger.list("trial-expiration-3d")).map((e) => [e.record.content_hash, e.record.state]).sort()).toEqual([[await contentHash(), "published"], [OTHER, "published"]].sort());
  });

  it("keeps a rollback's fields when it recovers the rollback's claim after the lease ran out", async () => {
    const clock = { now: new Date("2026-11-20T10:00:00Z") };
    const { p, calls } = ports({ now: () => clock.now, checkClock: await demoClock(root) });
    const first = await p.ledger.claim(await published());
    await p.ledger.claim(record({}));
    await p.ledger.append(first?.head ?? "", await published({ state: "claimed", merge_commit: "9".repeat(40), pull_request: 7, at: "2026-11-20T09:30:00Z", by: "crashed", rollback_from: OTHER, published_from: 5 }));
    const outcome = await reconcileCampaign(CAMPAIGN, revert(), p);
    expect(outcome).toMatchObject({ status: "rolled_back", record: { by: "test", rollback_from: OTHER, published_from: 5 } });
    expect(calls.at(-1)).toMatch(/^comment #5 copygate: `trial-expiration-3d` rolled back to /);
  });
});

describe("reconcileCampaign checks at the clock it is given", () => {
  const LATE = new Date("2027-03-01T00:00:00Z");
  const STOPS = 'campaigns/trial-expiration-3d/drafts.json is stale: inputs cannot be verified: the data contract stops before generation (audience_segment: source "cdp" is 2418.5 hours old, over its error_after limit of 24 hours)';

  it("blocks drafts whose data is stale at that clock, though they are current at the campaign's own", async () => {
    const k = ledgerKey("trial-expiration-3d", await contentHash());
    const { p, details } = ports({ checkClock: LATE });
    expect(await reconcileCampaign(CAMPAIGN, merge("4".repeat(40)), p)).toEqual({ campaign: "trial-expiration-3d", status: "blocked", summary: `${k}: not published: ${STOPS}` });
    expect(details).toEqual([`commit 4444444: ${`not published: ${STOPS}`.slice(0, 139)}…`, `comment #5: <!-- copygate:publish:blocked:${k}:444444444444 -->`]);
    expect((await reconcileCampaign(CAMPAIGN, merge("4".repeat(40)), ports({ checkClock: await demoClock(root) }).p)).status).toBe("published");
  });

  it("says live content is unchanged when it is current, and stale, once, when it is not at that clock", async () => {
    const hash = await contentHash();
    const k = ledgerKey("trial-expiration-3d", hash);
    const live = { state: "published" as const, campaign: "trial-expiration-3d", content_hash: hash, ledger_key: k, target: "outbox", mode: "draft" as const, merge_commit: "1".repeat(40), pull_request: 5, at: "2026-11-20T08:00:00Z", by: "earlier" };
    const current = ports({ checkClock: await demoClock(root) });
    await current.p.ledger.claim(live);
    expect(await reconcileCampaign(CAMPAIGN, merge("5".repeat(40)), current.p)).toEqual({ campaign: "trial-expiration-3d", status: "unchanged", summary: `${k}: live already; nothing to publish` });
    expect(current.calls).toEqual([]);

    // Two reasons at once (the production pin moved and a policy was edited) are both given.
    const releases = join(root, "prompts/trial_expiration_email/releases.yaml");
    const brand = join(root, "policies/brand/brand_v6.yaml");
    const [pinned, policy] = await Promise.all([readFile(releases, "utf8"), readFile(brand, "utf8")]);
    await Promise.all([writeFile(releases, pinned.replace("production: 7", "production: 8")), writeFile(brand, policy.replace("synergy, ", "synergy, paradigm, "))]);
    try {
      const two = ports({ checkClock: await demoClock(root) });
      await two.p.ledger.claim(live);
      const outcome = await reconcileCampaign(CAMPAIGN, merge("5".repeat(40)), two.p);
      expect(outcome.status).toBe("stale");
      expect(outcome.summary).toMatch(/^copygate:trial-expiration-3d:[0-9a-f]{12}: live, but stale: campaigns\/trial-expiration-3d\/drafts\.json is stale: prompt changed: .+; campaigns\/trial-expiration-3d\/drafts\.json is stale: policy brand_v6 changed or is newly pinned$/);
    } finally {
      await Promise.all([writeFile(releases, pinned), writeFile(brand, policy)]);
    }

    const late = ports({ checkClock: LATE });
    await late.p.ledger.claim(live);
    expect(await reconcileCampaign(CAMPAIGN, merge("5".repeat(40)), late.p)).toEqual({ campaign: "trial-expiration-3d", status: "stale", summary: `${k}: live, but stale: ${STOPS}` });
    expect(late.details).toEqual([
      `commit 5555555: ${`live drafts are stale: ${STOPS}`.slice(0, 139)}…`,
      `comment #5: <!-- copygate:publish:stale:${k}:555555555555 -->`,
    ]);
  });
});

describe("reconcileCampaign on a merge without a pull request (a direct push)", () => {
  const push = (sha: string) => ({ root, mergeCommit: sha, pullRequest: null });
  const LATE = new Date("2027-03-01T00:00:00Z");
  const STOPS = 'campaigns/trial-expiration-3d/drafts.json is stale: inputs cannot be verified: the data contract stops before generation (audience_segment: source "cdp" is 2418.5 hours old, over its error_after limit of 24 hours)';

  it("publishes with no pull request on the record and comments nowhere", async () => {
    const { p, calls } = ports({ checkClock: await demoClock(root) });
    const outcome = await reconcileCampaign(CAMPAIGN, push("7".repeat(40)), p);
    expect(outcome.status).toBe("published");
    expect(outcome.record?.pull_request).toBeNull();
    expect(calls).toEqual([`deployment ${outcome.record?.ledger_key}`, "status 1 in_progress", "status 1 success", "commit trial-expiration-3d success"]);
  });

  it("says live content is stale with a failing status only, since there is no pull request to tell", async () => {
    const hash = await contentHash();
    const k = ledgerKey("trial-expiration-3d", hash);
    const { p, details } = ports({ checkClock: LATE });
    await p.ledger.claim({ state: "published", campaign: "trial-expiration-3d", content_hash: hash, ledger_key: k, target: "outbox", mode: "draft", merge_commit: "1".repeat(40), pull_request: 5, at: "2026-11-20T08:00:00Z", by: "earlier" });
    expect(await reconcileCampaign(CAMPAIGN, push("8".repeat(40)), p)).toEqual({ campaign: "trial-expiration-3d", status: "stale", summary: `${k}: live, but stale: ${STOPS}` });
    expect(details).toEqual([`commit 8888888: ${`live drafts are stale: ${STOPS}`.slice(0, 139)}…`]);
  });
});

describe("reconcileCampaign reads the drafts file it is given", () => {
  const draftsFile = () => join(root, CAMPAIGN, "drafts.json");
  async function withDrafts(edit: (drafts: Record<string, unknown>) => Record<string, unknown>, run: () => Promise<void>) {
    const original = await readFile(draftsFile(), "utf8");
    await writeFile(draftsFile(), JSON.stringify(edit(JSON.parse(original) as Record<string, unknown>)));
    try {
      await run();
    } finally {
      await writeFile(draftsFile(), original);
    }
  }

  it("skips drafts without a content hash", async () => {
    const { p, calls } = ports({ checkClock: await demoClock(root) });
    await withDrafts(({ content_hash: _hash, ...rest }) => rest, async () => {
      expect(await reconcileCampaign(CAMPAIGN, merge(), p)).toEqual({ campaign: "trial-expiration-3d", status: "skipped", summary: "trial-expiration-3d: no readable drafts.json; nothing to publish" });
    });
    expect(calls).toEqual([]);
  });

  it("files drafts under the campaign name they give, not their folder's name", async () => {
    const clock = new Date("2026-11-20T08:30:00Z");
    const { p } = ports({ now: () => clock, checkClock: await demoClock(root) });
    await withDrafts((drafts) => ({ ...drafts, campaign: "trial-renamed" }), async () => {
      const hash = (JSON.parse(await readFile(draftsFile(), "utf8")) as { content_hash: string }).content_hash;
      await p.ledger.claim({ state: "claimed", campaign: "trial-renamed", content_hash: hash, ledger_key: "k", target: "outbox", mode: "draft", merge_commit: "6".repeat(40), pull_request: 5, at: clock.toISOString(), by: "other" });
      expect(await reconcileCampaign(CAMPAIGN, merge("6".repeat(40)), p)).toEqual({ campaign: "trial-renamed", status: "in_progress", summary: `${ledgerKey("trial-renamed", hash)}: claimed by other 0s ago; in progress` });
    });
  });

  it("files drafts without a campaign name under their folder's name", async () => {
    const clock = new Date("2026-11-20T08:30:00Z");
    const { p } = ports({ now: () => clock, checkClock: await demoClock(root) });
    await withDrafts(({ campaign: _campaign, ...rest }) => rest, async () => {
      const hash = (JSON.parse(await readFile(draftsFile(), "utf8")) as { content_hash: string }).content_hash;
      await p.ledger.claim({ state: "claimed", campaign: "trial-expiration-3d", content_hash: hash, ledger_key: "k", target: "outbox", mode: "draft", merge_commit: "6".repeat(40), pull_request: 5, at: clock.toISOString(), by: "other" });
      expect(await reconcileCampaign(CAMPAIGN, merge("6".repeat(40)), p)).toEqual({ campaign: "trial-expiration-3d", status: "in_progress", summary: `${ledgerKey("trial-expiration-3d", hash)}: claimed by other 0s ago; in progress` });
    });
  });
});
