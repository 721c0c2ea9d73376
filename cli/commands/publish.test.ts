import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DraftsFile } from "../../core/model/index.ts";
import { copyExampleRepo } from "../../test/support/exampleRepo.ts";
import { main } from "../main.ts";

let root = "";
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ root, dispose } = await copyExampleRepo());
});
afterAll(async () => {
  await dispose();
});

async function copygate(env: Record<string, string>, ...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: root, env });
  return { code, stdout, stderr };
}

const CAMPAIGN = "campaigns/trial-expiration-3d";

describe("copygate publish --dry-run", () => {
  it("shows what merging would publish: verification, then each variant's subject and preview", async () => {
    const drafts = JSON.parse(await readFile(join(root, CAMPAIGN, "drafts.json"), "utf8")) as DraftsFile;
    const hash = drafts.content_hash;
    const variants = drafts.variants.flatMap((v) => [
      `  variant ${v.audience.key}`,
      `    subject: ${(v.content.subject_lines as string[])[0]}`,
      `    preview: ${v.content.preview_text as string}`,
    ]);
    expect(await copygate({}, "publish", CAMPAIGN, "--dry-run")).toEqual({
      code: 0,
      stderr: "",
      stdout: [
        "copygate publish --dry-run: nothing is published",
        "",
        "campaigns/trial-expiration-3d (trial-expiration-3d)",
        `  drafts: current, ${hash.slice(0, 19)}… from trial_expiration_email:v7`,
        "  checks (run again here): review · risk low",
        "  approvals required: lifecycle-marketing (the bot counts APPROVED reviews of the merged pull request's head commit)",
        `  would publish to outbox as draft, ledger key copygate:trial-expiration-3d:${hash.slice(7, 19)}`,
        ...variants,
        "",
      ].join("\n"),
    });
  });

  it("says why nothing would be published when campaign.yaml changed since the drafts, without printing the secret", async () => {
    const file = join(root, CAMPAIGN, "campaign.yaml");
    const original = await readFile(file, "utf8");
    await writeFile(file, original.replace("  target: outbox\n", "  target: webhook\n  webhook:\n    url: https://hooks.example.test/copygate\n"));
    try {
      const result = await copygate({ COPYGATE_WEBHOOK_SECRET: "s3cret" }, "publish", CAMPAIGN, "--dry-run");
      // The campaign changed, so the drafts are stale: nothing would be published, and the reason says which file.
      expect(result.code).toBe(1);
      expect(result.stdout.split("\n").slice(2, 5)).toEqual([
        "campaigns/trial-expiration-3d (trial-expiration-3d)",
        "  would publish nothing:",
        "    - campaigns/trial-expiration-3d/drafts.json is stale: campaigns/trial-expiration-3d/campaign.yaml changed since the drafts were generated",
      ]);
      expect(result.stdout).not.toContain("s3cret");
    } finally {
      await writeFile(file, original);
    }
  });

  it("refuses to publish without --dry-run, and --reconcile without GitHub", async () => {
    expect((await copygate({}, "publish", CAMPAIGN)).code).toBe(2);
    const reconcile = await copygate({}, "publish", "--reconcile");
    expect(reconcile.code).toBe(2);
    expect(reconcile.stderr).toBe("copygate publish --reconcile reads the ledger, the reviews and the merged tree from GitHub: set GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name) — and GITHUB_API_URL for GitHub Enterprise; to preview one campaign locally use `copygate publish <campaign-dir> --dry-run`\n");
  });
});
