/**
 * Are committed drafts current? Unit tests on the example campaign's committed drafts, which were
 * generated from the example repository as it is. (test/pipeline/current.test.ts generates drafts
 * first and checks the same verdicts end to end.)
 */
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyExampleRepo } from "../../test/support/exampleRepo.ts";
import { demoClock } from "../contract/index.ts";
import { checkDraftsCurrent } from "./current.ts";

const CAMPAIGN = "campaigns/trial-expiration-3d";
const DRAFTS = `${CAMPAIGN}/drafts.json`;
const PROMPT_V7 = "prompts/trial_expiration_email/trial_expiration_email.v7.prompt";

let repo: Awaited<ReturnType<typeof copyExampleRepo>>;
let now: Date;
beforeAll(async () => {
  repo = await copyExampleRepo();
  now = await demoClock(repo.root);
});
afterAll(() => repo.dispose());

const verdictNow = (at = now) => checkDraftsCurrent({ root: repo.root, campaignDir: CAMPAIGN, now: at });

/** Changes files for the length of `body`, then puts every one back as it was. */
async function withEdits(edits: Record<string, ((text: string) => string) | null>, body: () => Promise<void>) {
  const originals = new Map<string, string | null>();
  for (const path of Object.keys(edits)) originals.set(path, await readFile(join(repo.root, path), "utf8").catch(() => null));
  try {
    for (const [path, change] of Object.entries(edits)) {
      if (change === null) await rm(join(repo.root, path));
      else await writeFile(join(repo.root, path), change(originals.get(path) ?? ""));
    }
    await body();
  } finally {
    for (const [path, original] of originals) {
      if (original === null) await rm(join(repo.root, path), { force: true });
      else await writeFile(join(repo.root, path), original);
    }
  }
}

describe("checkDraftsCurrent on the example campaign's committed drafts", () => {
  it("says they are current, and how to regenerate them should they not be", async () => {
    expect(await verdictNow()).toMatchObject({
      campaign: "trial-expiration-3d",
      status: "current",
      reasons: [],
      remedy: `run \`copygate generate ${CAMPAIGN}\` (or comment \`/copygate generate\` on the pull request) and commit ${DRAFTS}`,
    });
    expect((await verdictNow()).drafts?.campaign).toBe("trial-expiration-3d");
  });

  it("says they are stale when the prompt is edited in place and keeps its version number", async () => {
    await withEdits({ [PROMPT_V7]: (t) => t.replace("Adds the legal restriction block", "Adds the legal restriction block (reworded)") }, async () => {
      const verdict = await verdictNow();
      expect(verdict.status).toBe("stale");
      console.log(verdict.reasons[0]);
      expect(verdict.reasons).toHaveLength(1);
      expect(verdict.reasons[0]).toMatch(/^prompt changed: drafts from trial_expiration_email:v7, campaign now uses trial_expiration_email:v7 \(sha256:[0-9a-f]{12}\)$/);
    });
  });

  it("says they are missing when there is no drafts.json", async () => {
    await withEdits({ [DRAFTS]: null }, async () => {
      expect(await verdictNow()).toMatchObject({ status: "missing", reasons: [`${DRAFTS} does not exist`], drafts: null });
    });
  });

  it("says they were tampered with when their content no longer matches the content hash", async () => {
    await withEdits({ [DRAFTS]: (t) => t.replace("Upgrade to Team", "Upgrade to Team today") }, async () => {
      const verdict = await verdictNow();
      expect(verdict.status).toBe("tampered");
      expect(verdict.reasons).toEqual([`${DRAFTS}: the drafts' content does not match their content_hash (edited by hand after generation?)`]);
    });
  });

  it("says they were tampered with when a rendered email no longer matches its hash", async () => {
    await withEdits({ [`${CAMPAIGN}/rendered/generic.html`]: (t) => t.replace("Upgrade to Team", "Upgrade now") }, async () => {
      expect(await verdictNow()).toMatchObject({ status: "tampered", reasons: [`${CAMPAIGN}/rendered/generic.html does not match its hash in drafts.json (edited by hand after generation?)`] });
    });
  });

  it("names every pinned policy that changed", async () => {
    await withEdits(
      {
        "policies/brand/brand_v6.yaml": (t) => `${t}\n# reviewed\n`.replace("supercharge]", "supercharge, skyrocket]"),
        "policies/legal/legal_v9.yaml": (t) => t.replace("banned_terms: [free]", "banned_terms: [free, gratis]"),
      },
      async () => {
        const verdict = await verdictNow();
        expect(verdict.status).toBe("stale");
        expect([...verdict.reasons].sort()).toEqual(["policy brand_v6 changed or is newly pinned", "policy legal_v9 changed or is newly pinned"]);
      },
    );
  });

  it("says the campaign changed, and does not also compare inputs once something else is already stale", async () => {
    await withEdits(
      {
        [`${CAMPAIGN}/campaign.yaml`]: (t) => t.replace("prompt: trial_expiration_email@production", "prompt: trial_expiration_email@7"),
        "datasets/snapshots/product_usage.csv": (t) => t.replace(/\n(usr_\d+),(\d+),/g, (_m, id: string, n: string) => `\n${id},${Number(n) + 40},`),
      },
      async () => {
        expect((await verdictNow()).reasons).toEqual([`${CAMPAIGN}/campaign.yaml changed since the drafts were generated`]);
      },
    );
  });

  it("says they are stale when the audience's usage figures change", async () => {
    await withEdits({ "datasets/snapshots/product_usage.csv": (t) => t.replace(/\n(usr_\d+),(\d+),/g, (_m, id: string, n: string) => `\n${id},${Number(n) + 40},`) }, async () => {
      expect(await verdictNow()).toMatchObject({
        status: "stale",
        reasons: ["audience inputs changed: the cohorts or their usage figures differ from those the drafts were written for"],
      });
    });
  });

  it("cannot vouch for the inputs once the data contract stops", async () => {
    const dayAndAHalfLater = new Date(now.getTime() + 36 * 3_600_000);
    expect(await verdictNow(dayAndAHalfLater)).toMatchObject({ status: "stale", reasons: ['inputs cannot be verified: the data contract stops before generation (audience_segment: source "cdp" is 39 hours old, over its error_after limit of 24 hours)'] });
  });

  it("names every input that stops the contract, also one that cannot be read", async () => {
    const dayAndAHalfLater = new Date(now.getTime() + 36 * 3_600_000);
    await withEdits({ "datasets/snapshots/product_usage.csv": null }, async () => {
      const verdict = await verdictNow(dayAndAHalfLater);
      expect(verdict.status).toBe("stale");
      // product_usage would only send its recipients to the generic variant when stale; unreadable, it stops.
      expect(verdict.reasons).toEqual([
        'inputs cannot be verified: the data contract stops before generation (audience_segment: source "cdp" is 39 hours old, over its error_after limit of 24 hours; product_usage: cannot read source "product_usage": source "product_usage": cannot read datasets/snapshots/product_usage.csv)',
      ]);
    });
  });

  it("says they are stale when the email template changes", async () => {
    await withEdits({ [`${CAMPAIGN}/email.mjml`]: (t) => t.replace("Unsubscribe or manage email preferences", "Manage your email preferences") }, async () => {
      expect((await verdictNow()).reasons).toEqual([`email template ${CAMPAIGN}/email.mjml changed since the drafts were rendered`]);
    });
  });

  it("says they are stale when the campaign no longer has an email template", async () => {
    await withEdits({ [`${CAMPAIGN}/email.mjml`]: null }, async () => {
      expect((await verdictNow()).reasons).toEqual([`the drafts were rendered through ${CAMPAIGN}/email.mjml, but the campaign no longer has an email template`]);
    });
  });

  it("says they are stale when the campaign moves to another template, even one with the same text", async () => {
    const template = await readFile(join(repo.root, CAMPAIGN, "email.mjml"), "utf8");
    await withEdits(
      {
        "campaigns/lifecycle.mjml": () => template,
        [`${CAMPAIGN}/campaign.yaml`]: (t) => t.replace("\nemail:\n", "\nemail:\n  template: campaigns/lifecycle.mjml\n"),
      },
      async () => {
        expect((await verdictNow()).reasons).toEqual([
          `${CAMPAIGN}/campaign.yaml changed since the drafts were generated`,
          `email template changed from ${CAMPAIGN}/email.mjml to campaigns/lifecycle.mjml`,
        ]);
      },
    );
  });

  it("says they are stale when an email template is new: the drafts were never rendered through it", async () => {
    const drafts = JSON.parse(await readFile(join(repo.root, DRAFTS), "utf8")) as { provenance: Record<string, unknown> };
    delete drafts.provenance.email_template;
    await withEdits({ [DRAFTS]: () => JSON.stringify(drafts, null, 2) }, async () => {
      expect((await verdictNow()).reasons).toEqual([`email template ${CAMPAIGN}/email.mjml is new: the drafts were not rendered through it`]);
    });
  });

  it("holds no template against drafts when neither the campaign nor the drafts have one", async () => {
    const drafts = JSON.parse(await readFile(join(repo.root, DRAFTS), "utf8")) as { provenance: Record<string, unknown> };
    delete drafts.provenance.email_template;
    await withEdits({ [DRAFTS]: () => JSON.stringify(drafts, null, 2), [`${CAMPAIGN}/email.mjml`]: null }, async () => {
      expect(await verdictNow()).toMatchObject({ status: "current", reasons: [] });
    });
  });
});
