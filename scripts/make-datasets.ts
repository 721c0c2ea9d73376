/**
 * Writes datasets/trial_expiration_email/{historical_briefs,edge_cases}.jsonl from the example
 * campaign, its policies and seeded synthetic cohorts. Deterministic: rerunning changes nothing.
 *   node bin/run-ts.js scripts/make-datasets.ts
 */
import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { buildPromptInput } from "../core/brief/index.ts";
import type { Cohort } from "../core/brief/index.ts";
import { loadCampaign, loadPolicies } from "../core/files/index.ts";
import { loadPromptRegistry, selectDeclaredInput } from "../core/prompts/index.ts";
import { edgeCaseCohorts, historicalCohort, recordedOutcome, seededRandom } from "./dataset-rows.ts";

const HISTORICAL_ROWS = 120;
const SEED = 20260601;

export async function makeDatasets(root: string): Promise<Record<string, string>> {
  const campaign = await loadCampaign(root, "campaigns/trial-expiration-3d");
  const policies = await loadPolicies(root, campaign.policies);
  const inputSchema = (await loadPromptRegistry(root)).resolve("trial_expiration_email@production").inputSchema;
  const inputFor = (cohort: Cohort) => selectDeclaredInput(inputSchema, buildPromptInput({ campaign, policies, cohort }));

  const random = seededRandom(SEED);
  const historical = Array.from({ length: HISTORICAL_ROWS }, (_, i) => {
    const cohort = historicalCohort(random);
    return { id: `brief_${String(i + 1).padStart(3, "0")}`, input: inputFor(cohort), ...recordedOutcome(random, cohort.recipients, cohort.variant) };
  });
  const edge = edgeCaseCohorts().map((cohort, i) => ({
    id: `edge_${String(i + 1).padStart(3, "0")}`, input: inputFor(cohort), reviewer_decision: null, outcome: null,
  }));
  const jsonl = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).join("\n") + "\n";
  return {
    "datasets/trial_expiration_email/historical_briefs.jsonl": jsonl(historical),
    "datasets/trial_expiration_email/edge_cases.jsonl": jsonl(edge),
  };
}

if (process.argv[1] && resolve(process.argv[1]).endsWith("make-datasets.ts")) {
  const root = process.cwd();
  for (const [path, text] of Object.entries(await makeDatasets(root))) {
    await writeFile(join(root, path), text);
    process.stdout.write(`wrote ${path} (${text.trimEnd().split("\n").length} rows)\n`);
  }
}
