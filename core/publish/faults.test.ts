/**
 * What verification and the scheduled release do when something other than the user's input fails,
 * or when a file changes under them. A failure of copygate itself (a bug, the machine out of file
 * handles) must surface unchanged, never be reported as a problem with the campaign; a rendered email
 * rewritten between the currency check and the read-back is refused, naming the file.
 *
 * The loaders are wrapped (vi.mock) only to inject those faults at one exact moment: everything else
 * runs the real code on a real copy of the example repository.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { copyExampleRepo } from "../../test/support/exampleRepo.ts";
import type { DraftsFile } from "../model/index.ts";
import { memoryLedger } from "./ledger.ts";
import type { Recorder } from "./publish-step.ts";
import { scheduleHeld } from "./schedule.ts";
import type { PublishTarget } from "./targets/types.ts";
import { verifyCampaign } from "./verify.ts";
import { CAMPAIGN, heldRecord } from "./testing.ts";
import type * as ContextModule from "../pipeline/context.ts";
import type * as CurrentModule from "../pipeline/current.ts";
import type * as LoadModule from "../render/load.ts";

const faults = vi.hoisted(() => ({
  /** Thrown by loadCampaignContext instead of loading. */
  context: null as Error | null,
  /** Thrown by checkDraftsCurrent instead of checking. */
  current: null as Error | null,
  /** Run after checkDraftsCurrent has answered, before anything else reads the checkout. */
  afterCurrent: null as (() => Promise<void>) | null,
  /** Thrown by loadRenderedVariant instead of reading. */
  rendered: null as Error | null,
}));

vi.mock("../pipeline/context.ts", async (importOriginal) => {
  const real = await importOriginal<typeof ContextModule>();
  return {
    ...real,
    loadCampaignContext: async (...args: Parameters<typeof real.loadCampaignContext>) => {
      if (faults.context) throw faults.context;
      return real.loadCampaignContext(...args);
    },
  };
});
vi.mock("../pipeline/current.ts", async (importOriginal) => {
  const real = await importOriginal<typeof CurrentModule>();
  return {
    ...real,
    checkDraftsCurrent: async (...args: Parameters<typeof real.checkDraftsCurrent>) => {
      if (faults.current) throw faults.current;
      const answer = await real.checkDraftsCurrent(...args);
      await faults.afterCurrent?.();
      return answer;
    },
  };
});
vi.mock("../render/load.ts", async (importOriginal) => {
  const real = await importOriginal<typeof LoadModule>();
  return {
    ...real,
    loadRenderedVariant: async (...args: Parameters<typeof real.loadRenderedVariant>) => {
      if (faults.rendered) throw faults.rendered;
      return real.loadRenderedVariant(...args);
    },
  };
});

let root = "";
let dispose: () => Promise<void>;
let contentHash = "";
beforeAll(async () => {
  ({ root, dispose } = await copyExampleRepo());
  contentHash = (JSON.parse(await readFile(join(root, CAMPAIGN, "drafts.json"), "utf8")) as DraftsFile).content_hash;
});
afterAll(() => dispose());
afterEach(() => {
  faults.context = null;
  faults.current = null;
  faults.afterCurrent = null;
  faults.rendered = null;
});

/** A failure that is not about the user's input: what Node throws when a process runs out of file handles. */
const outOfHandles = () => Object.assign(new Error("EMFILE: too many open files, open 'campaigns/trial-expiration-3d/campaign.yaml'"), { code: "EMFILE" });

describe("verifyCampaign, when something other than the input fails", () => {
  it("verifies the example campaign with no fault injected (the wrapped loaders pass through)", async () => {
    const verified = await verifyCampaign(root, CAMPAIGN);
    expect({ ok: verified.ok, reasons: verified.reasons }).toEqual({ ok: true, reasons: [] });
  });

  it("lets a failure loading the campaign surface unchanged instead of reporting it as a reason", async () => {
    const error = outOfHandles();
    faults.context = error;
    await expect(verifyCampaign(root, CAMPAIGN)).rejects.toBe(error);
  });

  it("lets a failure checking the drafts' currency surface unchanged", async () => {
    const error = outOfHandles();
    faults.current = error;
    await expect(verifyCampaign(root, CAMPAIGN)).rejects.toBe(error);
  });

  it("lets a failure reading the rendered emails back surface unchanged", async () => {
    const error = outOfHandles();
    faults.rendered = error;
    await expect(verifyCampaign(root, CAMPAIGN)).rejects.toBe(error);
  });

  it("refuses, naming the file, a rendered email rewritten between the currency check and the read-back", async () => {
    const path = join(root, CAMPAIGN, "rendered", "personalized-viewer.html");
    const html = await readFile(path, "utf8");
    faults.afterCurrent = () => writeFile(path, html.replace("</body>", "<p>Written by another process</p></body>"));
    try {
      const verified = await verifyCampaign(root, CAMPAIGN);
      expect({ ok: verified.ok, reasons: verified.reasons, rendered: Object.keys(verified.rendered) }).toEqual({
        ok: false,
        reasons: [
          "campaigns/trial-expiration-3d/rendered/personalized-viewer.html:1:1: campaigns/trial-expiration-3d/rendered/personalized-viewer.html does not match its hash in drafts.json — regenerate instead of editing rendered files by hand",
        ],
        // Read in variant order: the two before the rewritten one were read back, nothing after it.
        rendered: ["personalized:admin", "personalized:analyst"],
      });
    } finally {
      await writeFile(path, html);
    }
  });
});

describe("scheduleHeld, when something other than the input fails", () => {
  async function schedule() {
    const ledger = memoryLedger();
    const held = await ledger.claim(heldRecord(contentHash));
    if (!held) throw new Error("the ledger refused the held record");
    const requests: unknown[] = [];
    const target: PublishTarget = { name: "outbox", find: async () => null, publish: async (request) => (requests.push(request), { platformId: "sched-9", created: true, mode: "schedule" }) };
    const recorder: Recorder = { deployment: async () => 1, deploymentStatus: async () => undefined, commitStatus: async () => undefined, commentOnce: async () => undefined };
    const outcome = scheduleHeld({
      held, campaignEntries: [held], root, campaignDir: CAMPAIGN, commenter: "lena", recorder, ledger,
      findTarget: (name) => (name === "outbox" ? target : undefined), targetEnvironment: { env: {}, root },
      now: new Date("2026-11-21T09:30:00.000Z"), by: "delivery-2",
    });
    return { outcome, requests, ledger };
  }

  it("schedules with no fault injected (the wrapped loaders pass through)", async () => {
    const { outcome, requests } = await schedule();
    expect((await outcome).status).toBe("scheduled");
    expect(requests).toHaveLength(1);
  });

  it("lets a failure loading the campaign surface unchanged, and schedules nothing", async () => {
    const error = outOfHandles();
    faults.context = error;
    const { outcome, requests, ledger } = await schedule();
    await expect(outcome).rejects.toBe(error);
    expect(requests).toEqual([]);
    // The held entry is left as it was: one record, nothing appended.
    expect([...ledger.entries.values()].map((chain) => chain.map((r) => r.mode))).toEqual([["draft"]]);
  });

  it("lets a failure reading the rendered emails surface unchanged, and schedules nothing", async () => {
    const error = outOfHandles();
    faults.rendered = error;
    const { outcome, requests } = await schedule();
    await expect(outcome).rejects.toBe(error);
    expect(requests).toEqual([]);
  });
});
