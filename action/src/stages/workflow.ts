/**
 * Step 6 for one workflow: its eval suite, candidate against baseline, with the same model
 * settings for both. Without a model key or base URL the bundled simulator answers, and the
 * report says so: its numbers test the pipeline, not the prompt's quality.
 */
import { join } from "node:path";
import { isInputError } from "../../../core/errors.ts";
import { COMPARISON_BUDGET } from "../../../core/report/index.ts";
import type { SuiteComparison, WorkflowGate } from "../../../core/report/index.ts";
import { buildReport, decisionHeadline, executeSuite, formatMarkdown, provenanceParts } from "../../../core/suite/index.ts";
import { startSimulator } from "../../../simulator/index.ts";
import type { ModelAccess } from "../stage-types.ts";

export const SIMULATOR_NOTE = "No model key or base URL was given: the suite ran against copygate's bundled simulator, which checks the pipeline, not the prompt's real quality, and no judge measured reviewer acceptance. Set the openai-api-key input to compare prompts for real.";

export async function evaluateWorkflow(root: string, workflow: string, comparison: SuiteComparison, model: ModelAccess): Promise<WorkflowGate> {
  const gate: WorkflowGate = {
    workflow,
    baseline: comparison.baseline === "production" ? "production" : `v${comparison.baseline}`,
    candidate: `v${comparison.candidate}`,
    decision: "not_run",
    comparison: "",
    notes: [],
  };
  const connection = await connect(model);
  try {
    const results = await executeSuite({
      root,
      workflow,
      candidate: String(comparison.candidate),
      baseline: String(comparison.baseline),
      connection: { baseURL: connection.baseURL, apiKey: connection.apiKey },
      cacheDir: join(root, ".copygate", "cache"),
      concurrency: model.concurrency,
      repeat: 1,
      shard: null,
      ...(model.model ? { model: model.model } : {}),
      ...(connection.simulated ? { endpointLabel: "the bundled simulator" } : {}),
      // The bundled simulator writes copy; it cannot judge it, so reviewer acceptance stays unmeasured.
      ...(connection.simulated ? { judgeModel: null } : {}),
    });
    const report = buildReport(results);
    gate.baseline = `v${results.baseline.version}`;
    gate.decision = report.decision.verdict;
    gate.blocking = report.decision.blocking;
    gate.inconclusive = report.decision.inconclusive;
    gate.headline = decisionHeadline(report);
    gate.comparison = formatMarkdown(report, COMPARISON_BUDGET, { provenance: false });
    // The in-process simulator listens on a random local port: name it for what it is.
    gate.provenance = provenanceParts(report.provenance, { calls: results.stats.calls, cacheHits: results.stats.cache_hits });
    if (connection.simulated) gate.notes.push(SIMULATOR_NOTE);
  } catch (error) {
    if (!isInputError(error)) throw error;
    gate.notes.push(`The suite could not run: ${error.format()}`);
  } finally {
    await connection.close();
  }
  return gate;
}

async function connect(model: ModelAccess): Promise<{ baseURL: string; apiKey: string; simulated: boolean; close(): Promise<void> }> {
  if (model.baseUrl || model.apiKey) {
    return { baseURL: model.baseUrl || "https://api.openai.com/v1", apiKey: model.apiKey, simulated: false, close: async () => {} };
  }
  const simulator = await startSimulator({});
  return { baseURL: simulator.url, apiKey: "simulator", simulated: true, close: () => simulator.close() };
}
