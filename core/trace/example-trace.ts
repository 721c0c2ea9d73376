/** The trace example of the pipeline issue as a record: the fixture for the exact-layout tests. */
import type { TraceRecord } from "../model/trace.ts";

export function issueExampleTrace(overrides: Partial<TraceRecord> = {}): TraceRecord {
  return {
    trace_id: "trace_9f42a1",
    kind: "generate",
    workflow: "trial_expiration_email",
    campaign: "trial-expiration-3d",
    run_id: "run_2026_06_01_0830",
    started_at: "2026-06-01T08:30:00.000Z",
    prompt_version: "trial_expiration_email:v7",
    model: "gpt-4.1",
    temperature: 0.4,
    inputs: { campaign_brief_id: "brief_284", approved_claims_version: "claims_v14" },
    generation: { latency_ms: 1840, input_tokens: 2180, output_tokens: 642, calls: 1, fallbacks: [] },
    evals: [{ id: "schema_validity", status: "pass" }],
    verdict: "review",
    risk_level: "medium",
    approval: { status: "escalated", reviewers: [] },
    publish: { status: "blocked", reason: "stale product usage for partial audience" },
    ...overrides,
  };
}

/** The issue's trace example, as the text `copygate trace show` must print for issueExampleTrace(). */
export const ISSUE_EXAMPLE_TRACE_TEXT = [
  "Trace: trace_9f42a1",
  "Workflow: trial_expiration_email",
  "Run ID: run_2026_06_01_0830",
  "Prompt version: trial_expiration_email:v7",
  "Model: gpt-4.1",
  "Temperature: 0.4",
  "Inputs:",
  "- campaign_brief_id: brief_284",
  "- approved_claims_version: claims_v14",
  "Generation:",
  "- latency_ms: 1840",
  "- input_tokens: 2180",
  "- output_tokens: 642",
  "Evals:",
  "- schema_validity: pass",
  "Approval:",
  "- status: escalated",
  "Publish:",
  "- status: blocked",
  "- reason: stale product usage for partial audience",
  "",
].join("\n");
