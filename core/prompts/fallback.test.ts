import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildPromptInput } from "../brief/index.ts";
import { loadCampaign, loadPolicies } from "../files/index.ts";
import { fallbackFields, renderFallback } from "./index.ts";
import { copyRepoContent, REPO_ROOT } from "./testing.ts";

async function genericInput(root: string, dir: string) {
  const campaign = await loadCampaign(root, dir);
  const policies = await loadPolicies(root, campaign.policies);
  return buildPromptInput({ campaign, policies, cohort: { key: "generic", variant: "generic", plan_name: "Team trial", recipients: 12 } });
}

describe("the approved fallback template", () => {
  it("renders a complete, compliant trial-expiration email in the output schema", async () => {
    const email = await renderFallback(REPO_ROOT, "trial_expiration_email", await genericInput(REPO_ROOT, "campaigns/trial-expiration-3d"));
    expect(Object.keys(email).sort()).toEqual(["cta_text", "email_body", "preview_text", "rationale", "risk_flags", "subject_lines"]);
    const subjects = email.subject_lines as string[];
    expect(subjects).toHaveLength(3);
    for (const subject of subjects) expect(subject.length).toBeLessThanOrEqual(48);
    expect((email.preview_text as string).length).toBeGreaterThanOrEqual(40);
    const body = email.email_body as string;
    expect(body.split("Upgrade to Team")).toHaveLength(2);
    expect(body).toContain("20% off the first 3 months of the Team plan with code TEAM20, valid until December 31, 2026, 23:59 UTC.");
    expect(body.endsWith("You can unsubscribe at any time.\nLumora Inc., 500 Harbor Street, Suite 12, Portland, OR 97204")).toBe(true);
    expect(email.risk_flags).toEqual([]);
  });

  it("keeps search-ad headlines and descriptions within Google's limits", async () => {
    const ads = await renderFallback(REPO_ROOT, "paid_search_ads", await genericInput(REPO_ROOT, "campaigns/paid-search-lumora-trial"));
    const headlines = ads.headlines as string[];
    expect(new Set(headlines).size).toBe(headlines.length);
    for (const headline of headlines) expect(headline.length).toBeLessThanOrEqual(30);
    for (const description of ads.descriptions as string[]) expect(description.length).toBeLessThanOrEqual(90);
  });

  it("refuses a field the output schema does not have", () => {
    expect(() => fallbackFields("f.hbs", "## subject\nHi", { properties: { subject_lines: { type: "array" } } }))
      .toThrow('the fallback template fills "subject", which the output schema does not have');
  });

  it("reports a missing template file by its path", async () => {
    const root = await copyRepoContent(["prompts", "campaigns", "policies"]);
    const releases = join(root, "prompts/trial_expiration_email/releases.yaml");
    await writeFile(releases, (await readFile(releases, "utf8")).replace("fallback.hbs", "missing.hbs"));
    await expect(renderFallback(root, "trial_expiration_email", {})).rejects.toThrow("workflow trial_expiration_email has no fallback template");
  });
});
