import { describe, expect, it } from "vitest";
import { copyRepoContent } from "../prompts/testing.ts";
import { breakFile, lineOf, problemLines } from "./testing.ts";

const V8 = "prompts/trial_expiration_email/trial_expiration_email.v8.prompt";
const RELEASES = "prompts/trial_expiration_email/releases.yaml";
const FALLBACK = "prompts/trial_expiration_email/fallback.hbs";

describe("validating a prompt file", () => {
  it("points at a template variable the input schema does not declare", async () => {
    const root = await copyRepoContent();
    const text = await breakFile(root, V8, "Goal: {{brief.goal}}", "Goal: {{brief.goals}}");
    expect(await problemLines(root, [V8])).toEqual([
      `${V8}:${lineOf(text, "Goal: {{brief.goals}}")}:9: template variable "brief.goals" is not declared in the input schema: add it under input.schema.properties`,
    ]);
  });

  it("points at a declared variable that no campaign supplies", async () => {
    const root = await copyRepoContent();
    await breakFile(root, V8, "      brand_name: { type: string }\n", "      brand_name: { type: string }\n      company_size: { type: string }\n");
    const text = await breakFile(root, V8, "Plan: {{audience.plan_name}}", "Plan: {{audience.plan_name}} at a {{company_size}} company");
    expect(await problemLines(root, [V8])).toEqual([
      `${V8}:${lineOf(text, "{{company_size}}")}:37: template variable "company_size" is not supplied by campaigns (they supply brand_name, brief.{goal,key_message,cta_text,deadline_text}, offer.{code,summary,expires_text}, approved_claims, legal_rules, brand_voice, banned_words, audience.{variant,role,plan_name,usage_summary,crm_notes}, footer.{unsubscribe_text,postal_address}, channel)`,
    ]);
  });

  it("reports frontmatter problems at their frontmatter lines, counting the opening ---", async () => {
    const root = await copyRepoContent();
    await breakFile(root, V8, 'version: "8"', 'version: "9"');
    await breakFile(root, V8, "  temperature: 0.4", "  temperature: warm");
    expect(await problemLines(root, [V8])).toEqual([
      `${V8}:3:1: version "9" differs from the file name's v8`,
      `${V8}:7:3: config.temperature must be a number, not text "warm"`,
    ]);
  });

  it("reports a frontmatter syntax error and a template syntax error together", async () => {
    const root = await copyRepoContent();
    await breakFile(root, V8, "model: openai/gpt-4.1", "model: [openai/gpt-4.1");
    const text = await breakFile(root, V8, "{{#if audience.crm_notes}}", "{{#if audience.crm_notes}");
    expect(await problemLines(root, [V8])).toEqual([
      `${V8}:6:1: YAML syntax error in the frontmatter: Flow sequence in block collection must be sufficiently indented and end with a ]`,
      `${V8}:${lineOf(text, "{{#if audience.crm_notes}") }:1: template syntax error: unexpected invalid`,
    ]);
  });

  it("needs the --- fences around the frontmatter", async () => {
    const root = await copyRepoContent();
    await breakFile(root, V8, /^---\n/, "");
    expect(await problemLines(root, [V8])).toEqual([
      `${V8}:1:1: a .prompt file starts with a --- line, then its YAML frontmatter, then another --- line, then the template`,
    ]);
  });

  it("names a wrongly named version file", async () => {
    const root = await copyRepoContent();
    const { rename } = await import("node:fs/promises");
    const { join } = await import("node:path");
    await rename(join(root, V8), join(root, "prompts/trial_expiration_email/trial_expiration_email-v8.prompt"));
    expect(await problemLines(root, ["prompts/trial_expiration_email"])).toEqual([
      "prompts/trial_expiration_email/releases.yaml:10:7: version 8 has no prompt file: prompts/trial_expiration_email/trial_expiration_email.v8.prompt does not exist",
      "prompts/trial_expiration_email/trial_expiration_email-v8.prompt:1:1: a prompt version of trial_expiration_email is named trial_expiration_email.v<N>.prompt (for example trial_expiration_email.v9.prompt)",
    ]);
  });
});

describe("validating releases.yaml", () => {
  it("refuses a production pin with no history entry and no file", async () => {
    const root = await copyRepoContent();
    await breakFile(root, RELEASES, "production: 7", "production: 9");
    expect(await problemLines(root, [RELEASES])).toEqual([
      `${RELEASES}:3:1: production version 9 has no entry in history: add one, or pin a version listed there`,
      `${RELEASES}:3:1: production version 9 has no prompt file: prompts/trial_expiration_email/trial_expiration_email.v9.prompt does not exist`,
    ]);
  });

  it("refuses a candidate as production and a misspelt status", async () => {
    const root = await copyRepoContent();
    await breakFile(root, RELEASES, "production: 7", "production: 8");
    expect(await problemLines(root, [RELEASES])).toEqual([
      `${RELEASES}:3:1: production version 8 has status "candidate" in history: only an approved version can be production`,
    ]);
    const typo = await copyRepoContent();
    await breakFile(typo, RELEASES, "status: approved }", "status: aproved }");
    expect(await problemLines(typo, [RELEASES])).toEqual([
      `${RELEASES}:9:95: history[3].status must be one of: "approved", "archived", "candidate" (found "aproved")`,
    ]);
  });

  it("names history entries without files and a missing fallback template", async () => {
    const root = await copyRepoContent();
    await breakFile(root, RELEASES, "fallback_template: fallback.hbs", "fallback_template: fallback-v2.hbs");
    await breakFile(root, RELEASES, "  - { version: 4,", "  - { version: 3, date: 2026-05-01, note: Draft, status: archived }\n  - { version: 4,");
    expect(await problemLines(root, [RELEASES])).toEqual([
      `${RELEASES}:4:1: fallback template prompts/trial_expiration_email/fallback-v2.hbs does not exist`,
      `${RELEASES}:6:7: version 3 has no prompt file: prompts/trial_expiration_email/trial_expiration_email.v3.prompt does not exist`,
    ]);
  });
});

describe("validating a fallback template", () => {
  it("refuses sections outside the output schema and variables campaigns do not supply", async () => {
    const root = await copyRepoContent();
    await breakFile(root, FALLBACK, "## preview_text", "## preheader");
    const text = await breakFile(root, FALLBACK, "Hi,", "Hi {{first_name}},");
    expect(await problemLines(root, [FALLBACK])).toEqual([
      `${FALLBACK}:1:1: the fallback fills no "preview_text", which the production output schema requires: add a "## preview_text" section`,
      `${FALLBACK}:${lineOf(text, "## preheader")}:4: "preheader" is not a field of the production output schema (fields: subject_lines, preview_text, email_body, cta_text, rationale, risk_flags)`,
      `${FALLBACK}:${lineOf(text, "Hi {{")}:6: template variable "first_name" is not supplied by campaigns (they supply brand_name, brief.{goal,key_message,cta_text,deadline_text}, offer.{code,summary,expires_text}, approved_claims, legal_rules, brand_voice, banned_words, audience.{variant,role,plan_name,usage_summary,crm_notes}, footer.{unsubscribe_text,postal_address}, channel)`,
    ]);
  });

  it("renders the fallback for each campaign of its workflow and checks the result against the output schema", async () => {
    const root = await copyRepoContent();
    const ads = "prompts/paid_search_ads/fallback.hbs";
    const text = await breakFile(root, ads, "Works With Snowflake\n", "Works With Snowflake and Postgres\n");
    expect(await problemLines(root, [ads])).toEqual([
      `${ads}:${lineOf(text, "## headlines")}:1: rendered for campaigns/paid-search-lumora-trial, the fallback does not fit the output schema: headlines[4] is 33 characters, over the limit of 30: shorten it`,
    ]);
  });
});
