import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHECK_IDS } from "../evals/index.ts";
import { TARGETS } from "../publish/targets/index.ts";
import { copyRepoContent } from "../prompts/testing.ts";
import { breakFile, lineOf, problemLines } from "./testing.ts";

const CAMPAIGN = "campaigns/trial-expiration-3d/campaign.yaml";
// Other sources come and go as the team adds them: the message lists whatever is there.
const sourceNames = async (root: string) => (await readdir(join(root, "sources"))).filter((n) => n.endsWith(".yaml")).map((n) => n.slice(0, -5)).sort().join(", ");

describe("validating a campaign", () => {
  it("points a wrong type at the key that holds it", async () => {
    const root = await copyRepoContent();
    const text = await breakFile(root, CAMPAIGN, "subject_max_chars: 50", "subject_max_chars: fifty");
    expect(await problemLines(root, [CAMPAIGN])).toEqual([
      `${CAMPAIGN}:${lineOf(text, "subject_max_chars")}:3: channel.subject_max_chars must be a whole number, not text "fifty"`,
    ]);
  });

  it("names a misspelt field and suggests the right one", async () => {
    const root = await copyRepoContent();
    const text = await breakFile(root, CAMPAIGN, "\npublish:\n", "\npublsh:\n");
    expect(await problemLines(root, [CAMPAIGN])).toEqual([
      `${CAMPAIGN}:2:1: missing required field "publish"`,
      `${CAMPAIGN}:${lineOf(text, "publsh:")}:1: unknown field "publsh" — did you mean "publish"?`,
    ]);
  });

  it("reports a value outside its allowed set with the allowed values", async () => {
    const root = await copyRepoContent();
    const text = await breakFile(root, CAMPAIGN, "on_failure: generic_variant", "on_failure: generic");
    expect(await problemLines(root, [CAMPAIGN])).toEqual([
      `${CAMPAIGN}:${lineOf(text, "on_failure: generic")}:5: contract.product_usage.on_failure must be one of: "stop", "generic_variant", "review" (found "generic")`,
    ]);
  });

  it("refuses a preview minimum above its maximum, which no draft could meet", async () => {
    const root = await copyRepoContent();
    const text = await breakFile(root, CAMPAIGN, "preview_min_chars: 40", "preview_min_chars: 95");
    expect(await problemLines(root, [CAMPAIGN])).toEqual([
      `${CAMPAIGN}:${lineOf(text, "preview_min_chars")}:3: channel.preview_min_chars (95) is above channel.preview_max_chars (90): no draft could pass; lower the minimum or raise the maximum`,
    ]);
  });

  it("accepts a preview minimum equal to its maximum", async () => {
    const root = await copyRepoContent();
    await breakFile(root, CAMPAIGN, "preview_min_chars: 40", "preview_min_chars: 90");
    expect(await problemLines(root, [CAMPAIGN])).toEqual([]);
  });

  it("refuses a risk level no one approves: a high risk draft would be escalated to nobody", async () => {
    const root = await copyRepoContent();
    const text = await breakFile(root, CAMPAIGN, "high: [lifecycle-marketing, brand, legal]", "high: []");
    expect(await problemLines(root, [CAMPAIGN])).toEqual([
      `${CAMPAIGN}:${lineOf(text, "high: []")}:3: approval.high needs at least 1 item (found 0)`,
    ]);
  });

  it("refuses a prompt version that has no file", async () => {
    const root = await copyRepoContent();
    const text = await breakFile(root, CAMPAIGN, "prompt: trial_expiration_email@production", "prompt: trial_expiration_email@9");
    expect(await problemLines(root, [CAMPAIGN])).toEqual([
      `${CAMPAIGN}:${lineOf(text, "prompt:")}:1: prompt trial_expiration_email@9 does not exist: there is no prompts/trial_expiration_email/trial_expiration_email.v9.prompt (versions: 4, 5, 6, 7, 8)`,
    ]);
  });

  it("refuses policy versions, claims and sources that do not exist", async () => {
    const root = await copyRepoContent();
    await breakFile(root, CAMPAIGN, "legal_restrictions: legal_v9", "legal_restrictions: legal_v8");
    const text = await breakFile(root, CAMPAIGN, "source: product_usage", "source: usage_warehouse");
    expect(await problemLines(root, [CAMPAIGN])).toEqual([
      `${CAMPAIGN}:${lineOf(text, "legal_restrictions: legal_v8")}:3: legal_restrictions version "legal_v8" does not exist: no policies/legal/legal_v8.yaml (have: legal_v9)`,
      `${CAMPAIGN}:${lineOf(text, "source: usage_warehouse")}:5: source "usage_warehouse" does not exist: add sources/usage_warehouse.yaml (have: ${await sourceNames(root)})`,
    ]);
    const claims = await copyRepoContent();
    const claimsText = await breakFile(claims, CAMPAIGN, "claims: [keep_work, unlimited_viewers", "claims: [keep_work, soc2_certified");
    const col = claimsText.split("\n")[lineOf(claimsText, "soc2_certified") - 1]!.indexOf("soc2_certified") + 1;
    expect(await problemLines(claims, [CAMPAIGN])).toEqual([
      `${CAMPAIGN}:${lineOf(claimsText, "soc2_certified")}:${col}: claim "soc2_certified" is not in claims_v14: use an approved claim id (integrations, unlimited_viewers, scheduled_reports, keep_work, annual_saving, setup_time)`,
    ]);
  });

  it("reports malformed YAML at the parser's position", async () => {
    const root = await copyRepoContent();
    const text = await breakFile(root, CAMPAIGN, "claims: [keep_work, unlimited_viewers, scheduled_reports, setup_time]", "claims: [keep_work, unlimited_viewers");
    const lines = await problemLines(root, [CAMPAIGN]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${CAMPAIGN}:${lineOf(text, "deadline: trial_end")}:\\d+: YAML syntax error: `));
  });

  it("asks for the schema line editors use", async () => {
    const root = await copyRepoContent();
    await breakFile(root, CAMPAIGN, "# yaml-language-server: $schema=../../schemas/campaign.schema.json\n", "");
    expect(await problemLines(root, [CAMPAIGN])).toEqual([
      `${CAMPAIGN}:1:1: add "# yaml-language-server: $schema=../../schemas/campaign.schema.json" as the first line, so editors check this file`,
    ]);
  });

  it("refuses a campaign that does not supply what its prompt version requires", async () => {
    const root = await copyRepoContent();
    const text = await breakFile(root, CAMPAIGN, /\noffer:\n(  .*\n)+/, "\n");
    expect(await problemLines(root, [CAMPAIGN])).toEqual([
      `${CAMPAIGN}:${lineOf(text, "prompt:")}:1: trial_expiration_email@7 needs input this campaign does not supply (every variant): missing required field "offer"`,
    ]);
  });

  it("reports cross-reference problems alongside schema problems elsewhere in the file", async () => {
    const root = await copyRepoContent();
    await breakFile(root, CAMPAIGN, "mode: draft", "mode: drafts");
    const text = await breakFile(root, CAMPAIGN, "brand_rules: brand_v6", "brand_rules: brand_v7");
    expect(await problemLines(root, [CAMPAIGN])).toEqual([
      `${CAMPAIGN}:${lineOf(text, "brand_rules: brand_v7")}:3: brand_rules version "brand_v7" does not exist: no policies/brand/brand_v7.yaml (have: brand_v6)`,
      `${CAMPAIGN}:${lineOf(text, "mode: drafts")}:3: publish.mode must be one of: "draft", "schedule" (found "drafts")`,
    ]);
  });

  it("refuses an eval list naming a check that does not exist", async () => {
    const root = await copyRepoContent();
    const text = await breakFile(root, CAMPAIGN, "evals: default", "evals: [subject_length, tone_check]");
    const line = lineOf(text, "tone_check");
    expect(await problemLines(root, [CAMPAIGN])).toEqual([
      `${CAMPAIGN}:${line}:25: unknown check "tone_check": use "default" or check ids from: ${CHECK_IDS.join(", ")}`,
    ]);
  });

  it("refuses a publish target no adapter answers to", async () => {
    const root = await copyRepoContent();
    const text = await breakFile(root, CAMPAIGN, "  target: outbox", "  target: mailchump");
    expect(await problemLines(root, [CAMPAIGN])).toEqual([
      `${CAMPAIGN}:${lineOf(text, "mailchump")}:3: unknown publish target "mailchump": use one of ${Object.keys(TARGETS).join(", ")}`,
    ]);
  });
});
