import type { TraceGeneration, TraceRecord } from "../../model/index.ts";
import { checkStatus, count, isoDateTime, riskLevel, SCHEMA_DIALECT, schemaId, text, textList, verdict } from "./common.ts";

const tokens = { latency_ms: { type: "number", minimum: 0 }, input_tokens: count, output_tokens: count };

/** A trace record is read by other tools (OTLP export, dashboards): it stays open to added fields. */
export const traceSchema = {
  $schema: SCHEMA_DIALECT,
  $id: schemaId("trace"),
  title: "copygate trace record (one line of .copygate/traces/<date>.jsonl)",
  type: "object",
  required: ["trace_id", "kind", "workflow", "run_id", "started_at", "prompt_version", "model", "inputs", "generation", "evals", "approval", "publish"],
  properties: traceProperties(),
};

// Typed against the model: a field added to TraceRecord must be added here, or tsc fails.
function traceProperties(): Record<keyof TraceRecord, unknown> {
  const generationProperties: Record<keyof TraceGeneration, unknown> = {
    variant: text, model: text, ...tokens, source: { enum: ["model", "fallback_template"] }, cached: { type: "boolean" }, started_at: isoDateTime,
    cache_origin: { type: "object", required: ["endpoint", "model", "created_at"], properties: { endpoint: text, model: text, created_at: isoDateTime } },
    repaired: { type: "boolean" }, fallback_cause: { enum: ["content", "endpoint", "budget"] },
  };
  return {
    trace_id: { type: "string", pattern: "^trace_[0-9a-f]+$" },
    kind: { enum: ["generate", "check", "eval", "publish", "rollback"] },
    workflow: text,
    campaign: text,
    run_id: text,
    started_at: isoDateTime,
    prompt_version: { type: "string", pattern: "^[a-z0-9_]+:v[0-9]+$" },
    prompt_hash: text,
    model: text,
    provider: text,
    temperature: { type: "number" },
    parameters: { type: "object" },
    inputs: { type: "object", additionalProperties: { type: "string" } },
    generation: {
      type: "object",
      required: ["latency_ms", "input_tokens", "output_tokens", "calls", "fallbacks"],
      properties: {
        ...tokens,
        calls: count,
        fallbacks: { type: "array", items: { type: "object", required: ["variant", "reason", "to"], properties: { variant: text, reason: text, to: text } } },
      },
    },
    generations: {
      type: "array",
      items: {
        type: "object",
        required: ["variant", "model", "latency_ms", "input_tokens", "output_tokens"],
        properties: generationProperties,
      },
    },
    evals: { type: "array", items: { type: "object", required: ["id", "status"], properties: { id: text, status: checkStatus } } },
    verdict,
    risk_level: riskLevel,
    approval: {
      type: "object",
      required: ["status", "reviewers"],
      properties: { status: { enum: ["pending", "auto_approved", "escalated", "approved", "rejected"] }, reviewers: textList, at: isoDateTime },
    },
    publish: {
      type: "object",
      required: ["status"],
      properties: { status: { enum: ["not_started", "blocked", "published", "rolled_back", "failed"] }, target: text, reason: text },
    },
    content_hash: text,
  };
}
