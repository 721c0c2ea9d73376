/**
 * Releasing a draft the final gate held: `/copygate schedule` schedules it only while its bytes still
 * hash to the ledger's content hash and it is still the live content; the held entry is appended to.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyExampleRepo } from "../../test/support/exampleRepo.ts";
import type { DraftsFile } from "../model/index.ts";
import { memoryLedger, type LedgerEntry, type LedgerRecord } from "./ledger.ts";
import type { Recorder } from "./publish-step.ts";
import { heldEntries, scheduleHeld } from "./schedule.ts";
import type { PublishRequest, PublishResult, PublishTarget } from "./targets/types.ts";
import { CAMPAIGN, MERGE, heldRecord as heldRecordOf } from "./testing.ts";

let root = "";
let dispose: () => Promise<void>;
let contentHash = "";
beforeAll(async () => {
  ({ root, dispose } = await copyExampleRepo());
  contentHash = (JSON.parse(await readFile(join(root, CAMPAIGN, "drafts.json"), "utf8")) as DraftsFile).content_hash;
});
afterAll(() => dispose());

const heldRecord = (over: Partial<LedgerRecord> = {}): LedgerRecord => heldRecordOf(contentHash, over);

/** A target that records what it was asked and answers `result`. */
function recordingTarget(result: Partial<PublishResult> = {}) {
  const requests: PublishRequest[] = [];
  const target: PublishTarget = {
    name: "outbox",
    find: async () => null,
    publish: async (request) => (requests.push(request), { platformId: "sched-9", created: true, mode: "schedule", ...result }),
  };
  return { target, requests };
}

async function schedule(over: { held?: LedgerRecord; campaignEntries?: LedgerEntry[]; target?: PublishTarget; appendFails?: boolean } = {}) {
  const ledger = memoryLedger();
  const held = await ledger.claim(over.held ?? heldRecord());
  if (!held) throw new Error("the ledger refused the held record");
  const calls: string[] = [];
  const recorder: Recorder = {
    deployment: async () => 1,
    deploymentStatus: async (id, state, description, url) => void calls.push(`status ${id} ${state} ${description} ${url ?? "-"}`),
    commitStatus: async () => undefined,
    commentOnce: async () => undefined,
  };
  const { target, requests } = recordingTarget();
  const outcome = await scheduleHeld({
    held, campaignEntries: over.campaignEntries ?? [held], root, campaignDir: CAMPAIGN, commenter: "lena", recorder,
    ledger: over.appendFails ? { ...ledger, append: async () => null } : ledger,
    findTarget: (name) => (name === "outbox" ? (over.target ?? target) : undefined), targetEnvironment: { env: {}, root },
    now: new Date("2026-11-21T09:30:00.000Z"), by: "delivery-2",
  });
  return { outcome, calls, requests, ledger };
}

describe("heldEntries", () => {
  it("finds the drafts a final gate held for this pull request's merge commit, and nothing else", () => {
    const entry = (over: Partial<LedgerRecord>, head = "1"): LedgerEntry => ({ head, record: heldRecord(over) });
    const held = entry({});
    const others = [
      entry({ state: "claimed" }), entry({ state: "failed" }), entry({ gate_group: undefined }), entry({ gate_group: "" }), entry({ mode: "schedule" }),
      entry({ pull_request: 6 }), entry({ merge_commit: "f".repeat(40) }),
    ];
    expect(heldEntries([...others, held], 5, MERGE)).toEqual([held]);
  });
});

describe("scheduleHeld", () => {
  it("schedules the held draft, appends the release to its ledger entry and marks the deployment", async () => {
    const { outcome, calls, requests, ledger } = await schedule();
    expect(outcome.status).toBe("scheduled");
    expect(outcome.message).toBe(`copygate scheduled \`trial-expiration-3d\` (${contentHash.slice(7, 19)}) in outbox at @lena's \`/copygate schedule\`: \`sched-9\`.`);
    expect(requests.map((r) => r.mode)).toEqual(["schedule"]);
    const { gate_group: _gate, ...released } = heldRecord();
    expect(outcome.record).toEqual({ ...released, mode: "schedule", platform_id: "sched-9", at: "2026-11-21T09:30:00.000Z", by: "delivery-2", reason: "scheduled at @lena's /copygate schedule" });
    expect((await ledger.read("trial-expiration-3d", contentHash))?.record).toEqual(outcome.record);
    expect(calls).toEqual(["status 7 success scheduled copygate:trial-expiration-3d:abc at @lena's request -"]);
  });

  it("passes on the platform's link, and marks no deployment when the entry has none", async () => {
    const { target } = recordingTarget({ url: "https://outbox.example/sched-9" });
    const { outcome, calls } = await schedule({ held: heldRecord({ deployment_id: undefined }), target });
    expect(outcome.record?.url).toBe("https://outbox.example/sched-9");
    expect(calls).toEqual([]);
  });

  it("refuses content that is no longer live: rolled back or replaced since", async () => {
    const newer: LedgerEntry = { head: "1", record: heldRecord({ content_hash: "sha256:" + "e".repeat(64), at: "2026-11-21T08:00:00.000Z", gate_group: undefined }) };
    const { outcome, requests } = await schedule({ campaignEntries: [{ head: "1", record: heldRecord() }, newer] });
    expect(outcome).toEqual({ status: "refused", message: "copygate did not schedule `trial-expiration-3d`: its content is no longer the live content (rolled back or replaced since)." });
    expect(requests).toEqual([]);
  });

  it("refuses content when nothing of the campaign is live any more", async () => {
    const { outcome, requests } = await schedule({ campaignEntries: [] });
    expect(outcome).toEqual({ status: "refused", message: "copygate did not schedule `trial-expiration-3d`: its content is no longer the live content (rolled back or replaced since)." });
    expect(requests).toEqual([]);
  });

  it("refuses drafts whose bytes no longer hash to the ledger's content hash", async () => {
    const other = "sha256:" + "d".repeat(64);
    const held = heldRecord({ content_hash: other });
    const { outcome, requests } = await schedule({ held, campaignEntries: [{ head: "1", record: held }] });
    expect(outcome.message).toBe(`copygate did not schedule \`trial-expiration-3d\`: the drafts at a1b2c3d do not hash to ${other}.`);
    expect(requests).toEqual([]);
  });

  it("refuses drafts it cannot read", async () => {
    const path = join(root, CAMPAIGN, "drafts.json");
    const drafts = await readFile(path, "utf8");
    await writeFile(path, "{ not json");
    try {
      expect((await schedule()).outcome.status).toBe("refused");
    } finally {
      await writeFile(path, drafts);
    }
  });

  it("refuses, naming the file, when campaign.yaml no longer loads", async () => {
    const path = join(root, CAMPAIGN, "campaign.yaml");
    const campaign = await readFile(path, "utf8");
    await writeFile(path, "id: [unclosed\n");
    try {
      const { outcome, requests } = await schedule();
      expect(outcome.status).toBe("refused");
      expect(outcome.message).toMatch(/^copygate did not schedule `trial-expiration-3d`: campaigns\/trial-expiration-3d\/campaign\.yaml:/);
      expect(requests).toEqual([]);
    } finally {
      await writeFile(path, campaign);
    }
  });

  it("refuses a target it does not know", async () => {
    const held = heldRecord({ target: "carrier-pigeon" });
    const { outcome } = await schedule({ held, campaignEntries: [{ head: "1", record: held }] });
    expect(outcome.message).toBe("copygate did not schedule `trial-expiration-3d`: publish.target carrier-pigeon is not a known target.");
  });

  it("refuses, and asks for another comment, when another run changed the entry at the same moment", async () => {
    const { outcome, calls } = await schedule({ appendFails: true });
    expect(outcome).toEqual({
      status: "refused",
      message: "copygate did not schedule `trial-expiration-3d`: another run changed its ledger entry at the same moment; comment again if it is not scheduled.",
    });
    expect(calls).toEqual([]);
  });

  it("schedules the emails as rendered and committed, each variant's HTML and text", async () => {
    const { requests } = await schedule();
    const file = (name: string) => readFile(join(root, CAMPAIGN, "rendered", name), "utf8");
    expect(requests[0]?.variants.map((v) => v.audienceKey)).toEqual(["personalized:admin", "personalized:analyst", "personalized:viewer", "generic"]);
    for (const variant of requests[0]?.variants ?? []) {
      const name = variant.audienceKey.replace(":", "-");
      expect(variant.html, name).toBe(await file(`${name}.html`));
      expect(variant.text, name).toBe(await file(`${name}.txt`));
    }
  });

  it("refuses, naming the file, when a rendered email no longer matches its hash in drafts.json", async () => {
    const path = join(root, CAMPAIGN, "rendered", "generic.html");
    const html = await readFile(path, "utf8");
    await writeFile(path, html.replace("</body>", "<p>Added by hand</p></body>"));
    try {
      const { outcome, requests } = await schedule();
      expect(outcome).toEqual({
        status: "refused",
        message:
          "copygate did not schedule `trial-expiration-3d`: campaigns/trial-expiration-3d/rendered/generic.html:1:1: campaigns/trial-expiration-3d/rendered/generic.html does not match its hash in drafts.json — regenerate instead of editing rendered files by hand.",
      });
      expect(requests).toEqual([]);
    } finally {
      await writeFile(path, html);
    }
  });
});
