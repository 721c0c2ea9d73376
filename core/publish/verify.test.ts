/**
 * Verification of merged content before anything is published, on a copy of the example repository
 * and its committed drafts. The checks run again here: what drafts.json says about them is never
 * trusted, nor a rendered email whose hashes were fixed up by hand.
 */
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDraftFiles } from "../../test/action/scenario.ts";
import { copyExampleRepo } from "../../test/support/exampleRepo.ts";
import type { Campaign, DraftsFile } from "../model/index.ts";
import { draftsContentHash, loadCampaignContext } from "../pipeline/index.ts";
import { fileHash, loadEmailTemplate, renderVariantEmail } from "../render/index.ts";
import { rolloutBlocks, verifyCampaign } from "./verify.ts";

const CAMPAIGN = "campaigns/trial-expiration-3d";
const DRAFTS = `${CAMPAIGN}/drafts.json`;
const PROMPT_V7 = "prompts/trial_expiration_email/trial_expiration_email.v7.prompt";

let root = "";
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ root, dispose } = await copyExampleRepo());
});
afterAll(() => dispose());

const verify = () => verifyCampaign(root, CAMPAIGN);

/** Changes files for the length of `body`, then puts every one back as it was. */
async function withEdits(edits: Record<string, ((text: string) => string | Promise<string>) | null>, body: () => Promise<void>) {
  const originals = new Map<string, string | null>();
  for (const path of Object.keys(edits)) originals.set(path, await readFile(join(root, path), "utf8").catch(() => null));
  try {
    for (const [path, change] of Object.entries(edits)) {
      if (change === null) await rm(join(root, path));
      else await writeFile(join(root, path), await change(originals.get(path) ?? ""));
    }
    await body();
  } finally {
    for (const [path, original] of originals) {
      if (original === null) await rm(join(root, path), { force: true });
      else await writeFile(join(root, path), original);
    }
  }
}

/** drafts.json changed by `change`, with its content hash made to match again (as a careful forger would). */
const rehashed = (change: (drafts: DraftsFile) => void | Promise<void>) => async (text: string) => {
  const drafts = JSON.parse(text) as DraftsFile;
  await change(drafts);
  drafts.content_hash = draftsContentHash(drafts.variants);
  return JSON.stringify(drafts, null, 2);
};
const generic = (drafts: DraftsFile) => drafts.variants.find((v) => v.audience.key === "generic")!;

describe("verifyCampaign", () => {
  it("verifies the committed drafts: current, checked again here, with the rendered emails read back", async () => {
    const verified = await verify();
    expect(verified).toMatchObject({
      ok: true,
      campaignDir: CAMPAIGN,
      campaign: "trial-expiration-3d",
      reasons: [],
      risk: "low",
      verdict: "review",
      requiredGroups: ["lifecycle-marketing"],
      promptVersion: "trial_expiration_email:v7",
    });
    expect(verified.drafts?.campaign).toBe("trial-expiration-3d");
    expect(verified.checks.map((c) => c.id)).toContain("restricted_terms");
    expect(verified.checks.find((c) => c.id === "restricted_terms")?.status).toBe("pass");
    expect(Object.keys(verified.rendered)).toEqual(["personalized:admin", "personalized:analyst", "personalized:viewer", "generic"]);
    expect(verified.rendered.generic?.html).toBe(await readFile(join(root, CAMPAIGN, "rendered/generic.html"), "utf8"));
  });

  it("names the folder, and the file's error, when campaign.yaml does not load", async () => {
    await withEdits({ [`${CAMPAIGN}/campaign.yaml`]: () => "id: [unclosed\n" }, async () => {
      const verified = await verify();
      expect(verified).toMatchObject({ ok: false, campaign: "trial-expiration-3d", context: null, drafts: null, risk: null, verdict: null });
      expect(verified).toMatchObject({ requiredGroups: [], promptVersion: "", checks: [], rendered: {} });
      expect(verified.reasons).toHaveLength(1);
      expect(verified.reasons[0]).toMatch(/^campaigns\/trial-expiration-3d\/campaign\.yaml:/);
    });
  });

  it("names a nested campaign by its own folder when it does not load", async () => {
    const verified = await verifyCampaign(root, "campaigns/archive/spring-sale");
    expect(verified).toMatchObject({ ok: false, campaignDir: "campaigns/archive/spring-sale", campaign: "spring-sale" });
    expect(verified.reasons).toHaveLength(1);
  });

  it("refuses drafts.json that is not JSON, naming the file", async () => {
    await withEdits({ [DRAFTS]: () => "{ not json" }, async () => {
      const verified = await verify();
      expect(verified.ok).toBe(false);
      expect(verified.reasons).toHaveLength(1);
      expect(verified.reasons[0]).toMatch(/^campaigns\/trial-expiration-3d\/drafts\.json:1:1: campaigns\/trial-expiration-3d\/drafts\.json is not valid JSON: .* — regenerate it with `copygate generate` instead of editing it by hand$/);
    });
  });

  it("reads none of the check results stored in drafts.json but the judges' (which need a model)", async () => {
    await withEdits(
      {
        [DRAFTS]: (text) => {
          const drafts = JSON.parse(text) as DraftsFile;
          for (const variant of drafts.variants) {
            for (const check of variant.evals.checks) if (check.id === "restricted_terms") Object.assign(check, { status: "fail", message: "stored by hand" });
          }
          return JSON.stringify(drafts, null, 2);
        },
      },
      async () => {
        const verified = await verify();
        expect(verified).toMatchObject({ ok: true, risk: "low", verdict: "review", requiredGroups: ["lifecycle-marketing"] });
        expect(verified.checks.filter((c) => c.id === "restricted_terms" || c.id.startsWith("judge_"))).toEqual([
          { id: "restricted_terms", status: "pass" },
          { id: "judge_brand_fit", status: "skipped" },
          { id: "judge_grounding", status: "skipped" },
          { id: "judge_policy", status: "skipped" },
          { id: "judge_reviewer", status: "skipped" },
        ]);
      },
    );
  });

  it("refuses drafts that are not current, saying why", async () => {
    await withEdits({ [DRAFTS]: null }, async () => {
      expect(await verify()).toMatchObject({ ok: false, reasons: [`${DRAFTS} is missing: ${DRAFTS} does not exist`], drafts: null });
    });
    await withEdits({ [PROMPT_V7]: (t) => t.replace("Adds the legal restriction block", "Adds the legal restriction block (reworded)") }, async () => {
      const verified = await verify();
      expect(verified.ok).toBe(false);
      expect(verified.reasons).toHaveLength(1);
      expect(verified.reasons[0]).toMatch(/^campaigns\/trial-expiration-3d\/drafts\.json is stale: prompt changed: drafts from trial_expiration_email:v7, /);
    });
  });

  it("refuses a rendered email edited by hand even when its hashes were fixed up to match", async () => {
    const html = `${CAMPAIGN}/rendered/generic.html`;
    const edited = (t: string) => t.replace("</body>", "<p>Reply for a free month.</p></body>");
    const original = await readFile(join(root, html), "utf8");
    await withEdits(
      {
        [html]: edited,
        [DRAFTS]: rehashed((drafts) => void (generic(drafts).rendered!.html_hash = fileHash(edited(original)))),
      },
      async () => {
        expect(await verify()).toMatchObject({
          ok: false,
          reasons: ["the rendered email of generic is not what its content renders to (edited by hand?); regenerate the drafts"],
        });
      },
    );
  });

  it("refuses a rendered text part, subject or preview changed by hand with the hashes fixed up", async () => {
    const txt = `${CAMPAIGN}/rendered/generic.txt`;
    const original = await readFile(join(root, txt), "utf8");
    const edited = `${original}\nReply for a free month.\n`;
    const reason = "the rendered email of generic is not what its content renders to (edited by hand?); regenerate the drafts";
    await withEdits({ [txt]: () => edited, [DRAFTS]: rehashed((drafts) => void (generic(drafts).rendered!.text_hash = fileHash(edited))) }, async () => {
      expect(await verify()).toMatchObject({ ok: false, reasons: [reason] });
    });
    await withEdits({ [DRAFTS]: rehashed((drafts) => void (generic(drafts).rendered!.subject = "Your free month is waiting")) }, async () => {
      expect(await verify()).toMatchObject({ ok: false, reasons: [reason] });
    });
    await withEdits({ [DRAFTS]: rehashed((drafts) => void (generic(drafts).rendered!.preview_text = "A free month, on us.")) }, async () => {
      expect(await verify()).toMatchObject({ ok: false, reasons: [reason] });
    });
  });

  it("refuses a variant whose rendered email was dropped from drafts.json while the campaign has a template", async () => {
    await withEdits({ [DRAFTS]: rehashed((drafts) => void delete generic(drafts).rendered) }, async () => {
      expect(await verify()).toMatchObject({ ok: false, reasons: ["generic has no rendered email although the campaign has a template; regenerate the drafts"] });
    });
  });

  it("runs the checks again on the merged content instead of trusting the verdicts stored in drafts.json", async () => {
    const context = await loadCampaignContext(root, CAMPAIGN);
    const template = (await loadEmailTemplate(root, context.campaign, CAMPAIGN))!;
    let email = { html: "", text: "" };
    await withEdits(
      {
        [DRAFTS]: rehashed(async (drafts) => {
          const variant = generic(drafts);
          variant.content = { ...variant.content, email_body: `${String(variant.content.email_body)}\n\nResults guaranteed.` };
          email = await renderVariantEmail({ template, campaign: context.campaign, campaignDir: CAMPAIGN, policies: context.policies, content: variant.content });
          Object.assign(variant.rendered!, { html_hash: fileHash(email.html), text_hash: fileHash(email.text) });
        }),
        [`${CAMPAIGN}/rendered/generic.html`]: () => email.html,
        [`${CAMPAIGN}/rendered/generic.txt`]: () => email.text,
      },
      async () => {
        const verified = await verify();
        expect(verified).toMatchObject({ ok: false, verdict: "fail", reasons: ["the checks fail on the merged content: Restricted terms, Restricted terms (rendered email)"] });
        expect(verified.checks.find((c) => c.id === "restricted_terms")?.status).toBe("fail");
      },
    );
  });

  it("verifies a campaign without an email template, with no rendered email to read back", async () => {
    const template = join(root, CAMPAIGN, "email.mjml");
    const [mjml, drafts] = await Promise.all([readFile(template, "utf8"), readFile(join(root, DRAFTS), "utf8")]);
    await rm(template);
    // The regenerated drafts.json (and whatever else generation writes); each is put back afterwards.
    const generated = await generateDraftFiles(root, CAMPAIGN);
    const originals = await Promise.all(Object.keys(generated).map(async (path) => [path, await readFile(join(root, path), "utf8").catch(() => null)] as const));
    for (const [path, bytes] of Object.entries(generated)) await writeFile(join(root, path), bytes);
    try {
      const verified = await verify();
      expect(verified).toMatchObject({ ok: true, reasons: [] });
      expect(Object.keys(verified.rendered)).toEqual([]);
    } finally {
      await writeFile(template, mjml);
      await writeFile(join(root, DRAFTS), drafts);
      for (const [path, original] of originals) await (original === null ? rm(join(root, path), { force: true }) : writeFile(join(root, path), original));
    }
  }, 60_000);

  it("refuses drafts written for an audience the segment no longer has", async () => {
    await withEdits({ [DRAFTS]: rehashed((drafts) => void (generic(drafts).audience.key = "personalized:owner")) }, async () => {
      expect(await verify()).toMatchObject({ ok: false, reasons: ["a variant's audience is no longer in the segment; regenerate the drafts"] });
    });
  });
});

describe("rolloutBlocks", () => {
  const at = (rollout: unknown) => ({ rollout }) as unknown as Campaign;
  it("publishes nothing at the offline, internal and shadow stages, and anything at the others", () => {
    expect(rolloutBlocks(at({ stage: "offline" }))).toBe("rollout stage offline publishes nothing");
    expect(rolloutBlocks(at({ stage: "internal" }))).toBe("rollout stage internal publishes nothing");
    expect(rolloutBlocks(at({ stage: "shadow" }))).toBe("rollout stage shadow publishes nothing");
    expect(rolloutBlocks(at({ stage: "test" }))).toBeNull();
    expect(rolloutBlocks(at({}))).toBeNull();
    expect(rolloutBlocks(at(undefined))).toBeNull();
  });
});
