import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoClock } from "../../core/contract/index.ts";
import { createGenerator } from "../../core/generate/index.ts";
import { checkDraftsCurrent, runGeneration, writeDraftsFile } from "../../core/pipeline/index.ts";
import { startSimulator } from "../../simulator/index.ts";
import { copyExampleRepo } from "../support/exampleRepo.ts";

const CAMPAIGN = "campaigns/trial-expiration-3d";
const DRAFTS = `${CAMPAIGN}/drafts.json`;

describe("checkDraftsCurrent", () => {
  let repo: Awaited<ReturnType<typeof copyExampleRepo>>;
  let now: Date;
  let fresh: string;

  beforeAll(async () => {
    repo = await copyExampleRepo();
    now = await demoClock(repo.root);
    const sim = await startSimulator({ seed: "currency" });
    try {
      const generator = createGenerator({ baseURL: sim.url, apiKey: "test", cacheDir: null });
      const run = await runGeneration({ root: repo.root, campaignDir: CAMPAIGN, now, generator });
      await writeDraftsFile(repo.root, DRAFTS, run.drafts!, run.rendered);
      fresh = await readFile(join(repo.root, DRAFTS), "utf8");
    } finally {
      await sim.close();
    }
  });
  afterAll(() => repo.dispose());

  async function edit(path: string, change: (text: string) => string, body: () => Promise<void>) {
    const original = await readFile(join(repo.root, path), "utf8");
    await writeFile(join(repo.root, path), change(original));
    try {
      await body();
    } finally {
      await writeFile(join(repo.root, path), original);
      await writeFile(join(repo.root, DRAFTS), fresh);
    }
  }

  it("says freshly generated drafts are current", async () => {
    const verdict = await checkDraftsCurrent({ root: repo.root, campaignDir: CAMPAIGN, now });
    expect(verdict.status).toBe("current");
    expect(verdict.reasons).toEqual([]);
  });

  it("says drafts are missing, and how to make them, when there is no drafts.json", async () => {
    await edit(DRAFTS, () => "", async () => {
      const { rm } = await import("node:fs/promises");
      await rm(join(repo.root, DRAFTS));
      const verdict = await checkDraftsCurrent({ root: repo.root, campaignDir: CAMPAIGN, now });
      expect(verdict.status).toBe("missing");
      expect(verdict.remedy).toBe(
        "run `copygate generate campaigns/trial-expiration-3d` (or comment `/copygate generate` on the pull request) and commit campaigns/trial-expiration-3d/drafts.json",
      );
    });
  });

  it("says drafts are stale when the campaign moves to another prompt version", async () => {
    await edit(`${CAMPAIGN}/campaign.yaml`, (t) => t.replace("prompt: trial_expiration_email@production", "prompt: trial_expiration_email@8"), async () => {
      const verdict = await checkDraftsCurrent({ root: repo.root, campaignDir: CAMPAIGN, now });
      expect(verdict.status).toBe("stale");
      expect(verdict.reasons[0]).toMatch(/^prompt changed: drafts from trial_expiration_email:v7, campaign now uses trial_expiration_email:v8 \(sha256:[0-9a-f]{12}\)$/);
      expect(verdict.reasons[1]).toBe("campaigns/trial-expiration-3d/campaign.yaml changed since the drafts were generated");
    });
  });

  it("ignores comment-only edits of campaign.yaml", async () => {
    await edit(`${CAMPAIGN}/campaign.yaml`, (t) => `${t}\n# a note for reviewers\n`, async () => {
      expect((await checkDraftsCurrent({ root: repo.root, campaignDir: CAMPAIGN, now })).status).toBe("current");
    });
  });

  it("keeps drafts current when only the rollout stage moves: a stage move changes no copy", async () => {
    await edit(`${CAMPAIGN}/campaign.yaml`, (t) => t.replace("  stage: test", "  stage: production"), async () => {
      expect((await checkDraftsCurrent({ root: repo.root, campaignDir: CAMPAIGN, now })).status).toBe("current");
    });
  });

  it("says drafts are stale when a pinned policy changes", async () => {
    await edit("policies/brand/brand_v6.yaml", (t) => t.replace("supercharge]", "supercharge, skyrocket]"), async () => {
      const verdict = await checkDraftsCurrent({ root: repo.root, campaignDir: CAMPAIGN, now });
      expect(verdict.status).toBe("stale");
      expect(verdict.reasons).toEqual(["policy brand_v6 changed or is newly pinned"]);
    });
  });

  it("says drafts are stale when the audience's usage figures change", async () => {
    await edit("datasets/snapshots/product_usage.csv", (t) => t.replace(/\n(usr_\d+),(\d+),/g, (_m, id: string, n: string) => `\n${id},${Number(n) + 40},`), async () => {
      const verdict = await checkDraftsCurrent({ root: repo.root, campaignDir: CAMPAIGN, now });
      expect(verdict.status).toBe("stale");
      expect(verdict.reasons).toEqual(["audience inputs changed: the cohorts or their usage figures differ from those the drafts were written for"]);
    });
  });

  it("says drafts were tampered with when their content no longer matches the content hash", async () => {
    await edit(DRAFTS, (t) => t.replace("Upgrade to Team", "Upgrade to Team today"), async () => {
      const verdict = await checkDraftsCurrent({ root: repo.root, campaignDir: CAMPAIGN, now });
      expect(verdict.status).toBe("tampered");
      expect(verdict.reasons).toEqual([
        "campaigns/trial-expiration-3d/drafts.json: the drafts' content does not match their content_hash (edited by hand after generation?)",
      ]);
    });
  });

  it("says drafts are stale when the email template changes, and the regenerated drafts hash differently", async () => {
    const template = `${CAMPAIGN}/email.mjml`;
    await edit(template, (t) => t.replace("Unsubscribe or manage email preferences", "Manage your email preferences"), async () => {
      const verdict = await checkDraftsCurrent({ root: repo.root, campaignDir: CAMPAIGN, now });
      expect(verdict.status).toBe("stale");
      expect(verdict.reasons).toEqual(["email template campaigns/trial-expiration-3d/email.mjml changed since the drafts were rendered"]);
      const sim = await startSimulator({ seed: "currency" });
      try {
        const generator = createGenerator({ baseURL: sim.url, apiKey: "test", cacheDir: null });
        const run = await runGeneration({ root: repo.root, campaignDir: CAMPAIGN, now, generator });
        const before = JSON.parse(fresh) as { content_hash: string; variants: { content: unknown }[] };
        expect(run.drafts!.variants.map((v) => v.content)).toEqual(before.variants.map((v) => v.content));
        expect(run.drafts!.content_hash).not.toBe(before.content_hash);
      } finally {
        await sim.close();
      }
    });
  });

  it("says drafts were tampered with when a rendered file no longer matches its hash", async () => {
    await edit(`${CAMPAIGN}/rendered/generic.html`, (t) => t.replace("Upgrade to Team", "Upgrade now"), async () => {
      const verdict = await checkDraftsCurrent({ root: repo.root, campaignDir: CAMPAIGN, now });
      expect(verdict.status).toBe("tampered");
      expect(verdict.reasons).toEqual([
        "campaigns/trial-expiration-3d/rendered/generic.html does not match its hash in drafts.json (edited by hand after generation?)",
      ]);
    });
  });
});
