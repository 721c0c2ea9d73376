import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "../../simulator/index.ts";
import { createGenerator } from "../generate/index.ts";
import { loadPromptRegistry, renderPrompt } from "../prompts/index.ts";
import { buildPromptInput, type Cohort } from "../brief/index.ts";
import type { EvalReport } from "../model/index.ts";
import { runChecks } from "./index.ts";
import { REPO_ROOT, exampleCampaignContext } from "./testing.ts";

/**
 * The checks on copy the v7 prompt produces over the real SDK and the bundled simulator: its clean
 * drafts must pass, and every draft it spikes with a realistic violation must fail.
 */
const COHORTS: Cohort[] = [
  { key: "personalized:admin", variant: "personalized", role: "admin", plan_name: "Team trial", recipients: 40, usage_summary: "6 dashboards created, 148 queries run, 3 teammates invited" },
  { key: "personalized:analyst", variant: "personalized", role: "analyst", plan_name: "Team trial", recipients: 25, usage_summary: "2 dashboards created, 87 queries run, 1 teammates invited" },
  { key: "personalized:viewer", variant: "personalized", role: "viewer", plan_name: "Team trial", recipients: 12, usage_summary: "0 dashboards created, 4 queries run, 0 teammates invited" },
  { key: "generic", variant: "generic", plan_name: "Team trial", recipients: 30 },
];

async function draftsFrom(simulator: RunningSimulator): Promise<EvalReport[]> {
  const { campaign, ctx } = await exampleCampaignContext();
  const version = (await loadPromptRegistry(REPO_ROOT)).resolve(campaign.prompt);
  const generator = createGenerator({ baseURL: simulator.url, apiKey: "test-key", cacheDir: null });
  const reports: EvalReport[] = [];
  for (const cohort of COHORTS) {
    const messages = await renderPrompt(version, buildPromptInput({ campaign, policies: ctx.policies, cohort }));
    const result = await generator.generate({ messages, outputSchema: version.outputSchema, settings: { model: "gpt-4.1", maxRetries: 0 } });
    if (!result.ok) throw new Error(`the simulator did not answer: ${result.reason}`);
    const { ctx: cohortCtx } = await exampleCampaignContext("campaigns/trial-expiration-3d", { usageSummary: cohort.usage_summary });
    reports.push(runChecks(result.content, cohortCtx));
  }
  return reports;
}

describe("checks on simulator-written drafts", () => {
  let clean: RunningSimulator;
  let risky: RunningSimulator;
  beforeAll(async () => {
    [clean, risky] = await Promise.all([startSimulator({ seed: 11 }), startSimulator({ seed: 11, rateRisky: 1 })]);
  });
  afterAll(async () => {
    await Promise.all([clean?.close(), risky?.close()]);
  });

  it("pass every clean draft the v7 prompt produces", async () => {
    const reports = await draftsFrom(clean);
    const failing = reports.flatMap((r) => r.checks.filter((c) => c.status !== "pass").map((c) => `${c.id}: ${c.message}`));
    expect(failing).toEqual([]);
  });

  it("fail every draft spiked with a violation", async () => {
    const reports = await draftsFrom(risky);
    expect(reports.map((r) => r.verdict)).toEqual(["fail", "fail", "fail", "fail"]);
  });
});
