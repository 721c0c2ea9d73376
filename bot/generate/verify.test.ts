import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { copyExampleRepo } from "../../test/support/exampleRepo.ts";
import { generateDraftFiles, generateDrafts } from "../../test/action/scenario.ts";
import { verifyDrafts } from "./verify.ts";

const TRIAL = "campaigns/trial-expiration-3d";
const PATH = `${TRIAL}/drafts.json`;
let repo: { root: string; dispose: () => Promise<void> };

beforeEach(async () => {
  repo = await copyExampleRepo();
});
afterEach(async () => {
  await repo.dispose();
});

describe("drafts are verified before the bot commits them", () => {
  it("passes drafts generated for the tree they are committed to", async () => {
    const { [PATH]: text, ...rendered } = await generateDraftFiles(repo.root, TRIAL);
    expect(Object.keys(rendered).length).toBeGreaterThan(0);
    expect(await verifyDrafts(repo.root, [{ dir: TRIAL, path: PATH, text: text!, rendered }])).toBeNull();
    expect(await readFile(join(repo.root, PATH), "utf8")).toBe(text);
  }, 60_000);

  it("refuses drafts whose content no longer matches their hash, and drafts that break the schema", async () => {
    const drafts = JSON.parse(await generateDrafts(repo.root, TRIAL)) as { variants: Array<{ content: { cta_text: string } }>; schema_version: unknown };
    drafts.variants[0]!.content.cta_text = "Upgrade now!!";
    expect(await verifyDrafts(repo.root, [{ dir: TRIAL, path: PATH, text: JSON.stringify(drafts) }])).toMatch(
      new RegExp(`^the generated drafts do not validate: ${PATH}:1:\\d+: content_hash does not match the variants' content \\(edited after generation\\?\\): run copygate generate ${TRIAL} and commit the result$`),
    );
    drafts.schema_version = "one";
    expect(await verifyDrafts(repo.root, [{ dir: TRIAL, path: PATH, text: JSON.stringify(drafts) }])).toMatch(new RegExp(`^the generated drafts do not validate: ${PATH}:\\d+:\\d+: `));
  }, 60_000);
});
