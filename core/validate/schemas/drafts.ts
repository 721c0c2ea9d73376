import { checkStatus, closedObject, count, isoDateTime, riskLevel, SCHEMA_DIALECT, schemaId, sha256Hash, text, textList, verdict } from "./common.ts";

const checkResult = closedObject(
  { id: text, label: text, status: checkStatus, message: { type: "string" }, evidence: { type: "array", items: { type: "string" } }, owner: text },
  ["id", "label", "status", "message"],
);
export const evalReportSchema = closedObject({ verdict, risk_level: riskLevel, checks: { type: "array", items: checkResult } }, ["verdict", "risk_level", "checks"]);

const variant = closedObject(
  {
    audience: closedObject(
      { key: text, variant: { enum: ["personalized", "generic"] }, role: text, recipients: count },
      ["key", "variant", "recipients"],
    ),
    content: { type: "object" },
    source: { enum: ["model", "fallback_template"] },
    fallback_reason: text,
    evals: evalReportSchema,
  },
  ["audience", "content", "source", "evals"],
);

const provenance = closedObject(
  {
    workflow: text, prompt_ref: text, prompt_version: { type: "integer", minimum: 1 }, prompt_hash: sha256Hash,
    model: text, parameters: { type: "object" }, campaign_hash: sha256Hash,
    policy_versions: { type: "object", additionalProperties: text },
    policy_hashes: { type: "object", additionalProperties: { type: "string" } },
    input_snapshots: {
      type: "object",
      additionalProperties: closedObject({ snapshot_hash: { type: "string" }, max_loaded_at: { anyOf: [isoDateTime, { type: "null" }] } }, ["snapshot_hash", "max_loaded_at"]),
    },
    trace_id: text, run_id: text, generated_at: isoDateTime,
  },
  ["workflow", "prompt_ref", "prompt_version", "prompt_hash", "model", "parameters", "campaign_hash", "policy_versions", "policy_hashes", "input_snapshots", "trace_id", "run_id", "generated_at"],
);

export const draftsSchema = {
  $schema: SCHEMA_DIALECT,
  $id: schemaId("drafts"),
  title: "copygate drafts (campaigns/<id>/drafts.json)",
  ...closedObject(
    {
      schema_version: { const: 1 },
      campaign: text,
      variants: { type: "array", items: variant },
      audience_counts: closedObject(
        { personalized: count, generic: count, excluded: count, excluded_reasons: { type: "object", additionalProperties: count } },
        ["personalized", "generic", "excluded", "excluded_reasons"],
      ),
      checkpoint: closedObject(
        { workflow: text, run_id: text, prompt_version: text, audience: text, risk_level: riskLevel, verdict, required_reviewers: textList, decision: text },
        ["workflow", "run_id", "prompt_version", "audience", "risk_level", "verdict", "required_reviewers", "decision"],
      ),
      provenance,
      content_hash: sha256Hash,
    },
    ["schema_version", "campaign", "variants", "audience_counts", "checkpoint", "provenance", "content_hash"],
  ),
};
