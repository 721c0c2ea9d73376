import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sha256 } from "../../core/hash.ts";
import { REPO_ROOT } from "../../core/prompts/testing.ts";
import type { CommandIo } from "../main.ts";
import { main } from "../main.ts";

async function runCli(args: string[]) {
  let stdout = "";
  let stderr = "";
  const io: CommandIo = { cwd: REPO_ROOT, env: {}, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await main(["prompts", ...args], io);
  return { code, stdout, stderr };
}
const hashPrefix = async (path: string) => `sha256:${sha256(await readFile(join(REPO_ROOT, path), "utf8")).slice(0, 12)}`;
const emailPrompt = (v: number) => `prompts/trial_expiration_email/trial_expiration_email.v${v}.prompt`;

describe("copygate prompts list", () => {
  it("prints every version with status, date, the production marker and a hash prefix", async () => {
    const hashes = [await hashPrefix("prompts/paid_search_ads/paid_search_ads.v1.prompt"), ...(await Promise.all([4, 5, 6, 7, 8].map((v) => hashPrefix(emailPrompt(v)))))];
    expect(await runCli(["list"])).toEqual({
      code: 0,
      stderr: "",
      stdout: [
        "WORKFLOW                VERSION  STATUS     DATE        PRODUCTION  HASH",
        `paid_search_ads         v1       approved   2026-09-22  *           ${hashes[0]}`,
        `trial_expiration_email  v4       archived   2026-05-11              ${hashes[1]}`,
        `trial_expiration_email  v5       archived   2026-05-18              ${hashes[2]}`,
        `trial_expiration_email  v6       archived   2026-05-24              ${hashes[3]}`,
        `trial_expiration_email  v7       approved   2026-06-01  *           ${hashes[4]}`,
        `trial_expiration_email  v8       candidate  2026-11-20              ${hashes[5]}`,
        "",
      ].join("\n"),
    });
  });
});

describe("copygate prompts show", () => {
  it("prints a frontmatter summary, then the template", async () => {
    const path = "prompts/paid_search_ads/paid_search_ads.v1.prompt";
    const file = await readFile(join(REPO_ROOT, path), "utf8");
    const template = file.slice(file.indexOf("\n---\n") + 5).replace(/\n+$/, "");
    const { code, stdout } = await runCli(["show", "paid_search_ads:v1"]);
    expect(stdout).toBe(
      [
        "paid_search_ads@1 (production)",
        `file:        ${path}`,
        `hash:        sha256:${sha256(file)}`,
        "status:      approved, 2026-09-22: Responsive search ads from approved claims",
        "model:       openai/gpt-4.1-mini",
        "config:      temperature 0.5, maxOutputTokens 900",
        "description: Google Ads responsive search ads for Lumora's free trial, written only from approved claims.",
        "input:       brand_name*, brief*, approved_claims*, legal_rules*, brand_voice*, banned_words*, channel*  (* required)",
        "output:      headlines*, descriptions*, paths*, rationale*, risk_flags*  (* required)",
        "",
        "--- template ---",
        template,
        "",
      ].join("\n"),
    );
    expect(code).toBe(0);
  });

  it("names the versions that exist when a reference is unknown", async () => {
    expect(await runCli(["show", "trial_expiration_email@12"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "prompt trial_expiration_email has no version 12 — add prompts/trial_expiration_email/trial_expiration_email.v12.prompt or pick one of: 4, 5, 6, 7, 8\n",
    });
  });
});

describe("copygate prompts diff", () => {
  it("prints a unified diff of the two files", async () => {
    const { code, stdout } = await runCli(["diff", "trial_expiration_email@production", "trial_expiration_email@8"]);
    expect(stdout.split("\n").slice(0, 12)).toEqual([
      `--- ${emailPrompt(7)}`,
      `+++ ${emailPrompt(8)}`,
      "@@ -1,7 +1,7 @@",
      " ---",
      " name: trial_expiration_email",
      '-version: "7"',
      "-description: Trial-expiration email, 3 days before the end of the Team trial. Adds the legal restriction block and risk_flags.",
      '+version: "8"',
      "+description: Trial-expiration email, 3 days before the end of the Team trial. Candidate - role-specific value in the first sentence and stronger, date-bound urgency.",
      " model: openai/gpt-4.1",
      " config:",
      "   temperature: 0.4",
    ]);
    expect(stdout).toContain("\n+Urgency may refer to those two dates and nothing else.\n");
    expect(code).toBe(0);
  });

  it("says so when the two versions are the same", async () => {
    expect((await runCli(["diff", "trial_expiration_email@7", "trial_expiration_email:v7"])).stdout).toBe("trial_expiration_email@7 and trial_expiration_email@7 are identical\n");
  });
});

describe("copygate prompts render", () => {
  it("prints each message under its role with every variable filled", async () => {
    const { code, stdout, stderr } = await runCli(["render", "paid_search_ads@production", "--campaign", "campaigns/paid-search-lumora-trial"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        "--- system ---",
        "You write Google Ads responsive search ads for Lumora, a B2B product for dashboards and",
        "scheduled reports on company data.",
        "Voice: Clear, specific, practical; second person; no hype.",
        "Never use these words: revolutionary, game-changer, game-changing, synergy, best-in-class, world-class, cutting-edge, supercharge.",
        "",
        "Legal restrictions (all mandatory):",
        "- No guarantee language.",
        '- "Free" only in "free trial".',
        "- No security, compliance or certification claims unless an approved claim states them.",
        "- No competitor names.",
        "- No prices or percentages other than those in the offer and the approved claims.",
        "- Every marketing email includes unsubscribe-safe language and the physical mailing address.",
        "",
        "Use only these approved claims, closely paraphrased to fit, and no other product claim, number,",
        "price, percentage, integration or feature:",
        "- Lumora connects to Postgres, Snowflake and BigQuery.",
        "- Scheduled reports can be delivered by email or Slack.",
        "- On the Team plan, dashboards can be shared with unlimited viewers.",
        "- Most teams connect their first data source in under 10 minutes.",
        "",
        "Write 3 to 15 headlines of at most 30 characters each, no two alike.",
        "Write 2 to 4 descriptions of at most 90 characters each.",
        "Google combines them in any order, so each must stand on its own. No exclamation marks in headlines.",
        "Give up to 2 display paths of at most 15 characters.",
        "List anything a reviewer should look at in risk_flags; leave it empty when there is nothing.",
        "Answer with one JSON object with the keys headlines, descriptions, paths, rationale and risk_flags.",
        "",
        "--- user ---",
        "Goal: Bring data teams searching for dashboard and reporting tools to start a Lumora free trial.",
        "Key message: Connect your warehouse and share dashboards and scheduled reports with the whole team.",
        "Call to action: Start Your Free Trial",
        "",
      ].join("\n"),
    );
  });

  it("renders the production email for a role cohort from the campaign's own data", async () => {
    const { code, stdout } = await runCli(["render", "trial_expiration_email@production", "--campaign", "campaigns/trial-expiration-3d", "--cohort", "analyst"]);
    expect(code).toBe(0);
    const [system, user] = stdout.split("\n--- user ---\n");
    expect(system?.startsWith("--- system ---\nYou write lifecycle emails for Lumora,")).toBe(true);
    expect(user).toContain("\nAudience variant: personalized\nRole: analyst\nPlan: Team trial\nUsage during the trial: ");
    expect(stdout).not.toMatch(/\{\{|\}\}/);
  });

  it("refuses a missing campaign or an unknown cohort as usage errors", async () => {
    const missing = await runCli(["render", "trial_expiration_email@7"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.split("\n")[0]).toBe("copygate prompts: prompts render needs --campaign <dir>, e.g. --campaign campaigns/trial-expiration-3d");
    const cohort = await runCli(["render", "trial_expiration_email@7", "--campaign", "campaigns/trial-expiration-3d", "--cohort", "owner"]);
    expect(cohort.stderr).toBe("error: option '--cohort <name>' argument 'owner' is invalid. Allowed choices are generic, admin, analyst, viewer.\nsee: copygate prompts --help\n");
    const mismatch = await runCli(["render", "paid_search_ads@1", "--campaign", "campaigns/trial-expiration-3d"]);
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr.split("\n")[0]).toBe("copygate prompts: campaigns/trial-expiration-3d runs workflow trial_expiration_email, not paid_search_ads: render a trial_expiration_email prompt for it");
  });
});

describe("copygate prompts usage", () => {
  it("prints the usage for an unknown subcommand and exits 2", async () => {
    expect(await runCli(["publish"])).toEqual({
      code: 2,
      stdout: "",
      stderr: 'copygate prompts: unknown subcommand "publish"\nsee: copygate prompts --help\n',
    });
  });
});
