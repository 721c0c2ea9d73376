import type { ApprovalCheckpoint, CheckResult, DraftsFile, DraftVariant, EvalReport, Provenance, RenderedRecord, VariantAudience } from "../../model/index.ts";
import { checkStatus, closedObject, described, count, isoDateTime, riskLevel, SCHEMA_DIALECT, schemaId, sha256Hash, text, textList, verdict } from "./common.ts";

// Each properties object is typed Record<keyof Model, …>: when core/model gains or loses a field, tsc fails here.
const checkResultProperties: Record<keyof CheckResult, unknown> = {
  id: text, label: text, status: checkStatus, message: { type: "string" }, evidence: { type: "array", items: { type: "string" } }, owner: text,
};
const checkResult = closedObject(
  checkResultProperties,
  ["id", "label", "status", "message"],
);
const evalReportProperties: Record<keyof EvalReport, unknown> = { verdict, risk_level: riskLevel, risk_reasons: textList, checks: { type: "array", items: checkResult } };
export const evalReportSchema = closedObject(evalReportProperties, ["verdict", "risk_level", "checks"]);

const audienceProperties: Record<keyof VariantAudience, unknown> = { key: text, variant: { enum: ["personalized", "generic"] }, role: text, recipients: count };
const variantProperties: Record<keyof DraftVariant, unknown> = {
  audience: closedObject(audienceProperties, ["key", "variant", "recipients"]),
  content: { type: "object" },
  source: { enum: ["model", "fallback_template"] },
  fallback_reason: text,
  fallback_cause: { enum: ["content", "endpoint", "budget"] },
  evals: evalReportSchema,
  rendered: renderedRecord(),
};
const variant = closedObject(variantProperties, ["audience", "content", "source", "evals"]);

const provenanceProperties: Record<keyof Provenance, unknown> = {
  workflow: text, prompt_ref: text, prompt_version: { type: "integer", minimum: 1 }, prompt_hash: sha256Hash,
    model: text, parameters: { type: "object" }, campaign_hash: sha256Hash,
    policy_versions: { type: "object", additionalProperties: text },
    policy_hashes: { type: "object", additionalProperties: { type: "string" } },
    input_snapshots: {
      type: "object",
      additionalProperties: closedObject({ snapshot_hash: { type: "string" }, max_loaded_at: { anyOf: [isoDateTime, { type: "null" }] } }, ["snapshot_hash", "max_loaded_at"]),
    },
    prompt_inputs_hash: sha256Hash,
    email_template: closedObject({ path: text, hash: sha256Hash }, ["path", "hash"]),
    trace_id: text, run_id: text, generated_at: isoDateTime,
};
const provenance = closedObject(
  provenanceProperties,
  ["workflow", "prompt_ref", "prompt_version", "prompt_hash", "model", "parameters", "campaign_hash", "policy_versions", "policy_hashes", "input_snapshots", "prompt_inputs_hash", "trace_id", "run_id", "generated_at"],
);
const checkpointProperties: Record<keyof ApprovalCheckpoint, unknown> = {
  workflow: text, run_id: text, prompt_version: text, audience: text, risk_level: riskLevel, verdict, required_reviewers: textList, decision: text,
};

export const draftsSchema = {
  $schema: SCHEMA_DIALECT,
  $id: schemaId("drafts"),
  title: "copygate drafts (campaigns/<id>/drafts.json)",
  ...closedObject(
    draftsFileProperties(),
    ["schema_version", "campaign", "variants", "audience_counts", "checkpoint", "provenance", "content_hash"],
  ),
};

function draftsFileProperties(): Record<keyof DraftsFile, unknown> {
  return {
    schema_version: { const: 1 },
    campaign: text,
    variants: { type: "array", items: variant },
    audience_counts: closedObject(
      { personalized: count, generic: count, excluded: count, excluded_reasons: { type: "object", additionalProperties: count } },
      ["personalized", "generic", "excluded", "excluded_reasons"],
    ),
    checkpoint: closedObject(
      checkpointProperties,
      ["workflow", "run_id", "prompt_version", "audience", "risk_level", "verdict", "required_reviewers", "decision"],
    ),
    provenance,
    content_hash: sha256Hash,
  };
}

function renderedRecord(): unknown {
  const file = { type: "string", pattern: "^rendered/[a-z0-9-]+\\.(html|txt)$" };
  const properties: Record<keyof RenderedRecord, unknown> = { subject: text, preview_text: { type: "string" }, html_file: file, html_hash: sha256Hash, text_file: file, text_hash: sha256Hash };
  return described("The email as it will be sent: subject, preview text and the rendered files beside drafts.json with their hashes.", closedObject(properties, Object.keys(properties)));
}
