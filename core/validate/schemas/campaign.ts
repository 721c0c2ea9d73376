import type { Campaign } from "../../model/index.ts";
import { closedObject, count, described, isoDateTime, SCHEMA_DIALECT, schemaId, text, textList } from "./common.ts";

const duration = closedObject({ count: { type: "integer", minimum: 1 }, period: { enum: ["minute", "hour", "day"] } }, ["count", "period"]);
const freshness = closedObject({ warn_after: duration, error_after: duration });
const onFailure = { enum: ["stop", "generic_variant", "review"] };
const policyKind = { enum: ["approved_claims", "legal_restrictions", "brand_rules"] };

const sourceInput = closedObject({ source: text, required: { type: "boolean" }, freshness, on_failure: onFailure }, ["source", "on_failure"]);
const policyInput = closedObject({ policy: policyKind, require: { const: "latest_approved" }, freshness, on_failure: onFailure }, ["policy", "on_failure"]);

const emailChannel = closedObject(
  {
    kind: { const: "email" },
    subject_max_chars: count, preview_min_chars: count, preview_max_chars: count,
    requires_unsubscribe: { type: "boolean" }, requires_postal_address: { type: "boolean" },
  },
  ["kind", "subject_max_chars", "preview_min_chars", "preview_max_chars", "requires_unsubscribe", "requires_postal_address"],
);
const searchAdChannel = closedObject(
  {
    kind: { const: "search_ad" },
    headline_max_chars: count, headlines_min: count, headlines_max: count,
    description_max_chars: count, descriptions_min: count, descriptions_max: count, path_max_chars: count,
  },
  ["kind", "headline_max_chars", "headlines_min", "headlines_max", "description_max_chars", "descriptions_min", "descriptions_max"],
);

const rolloutMetric = { type: "string", enum: ["delivery_rate", "click_rate", "upgrade_rate", "unsubscribe_rate", "spam_complaint_rate", "support_ticket_rate"] };
const rolloutSchema = closedObject(
  {
    stage: { enum: ["offline", "internal", "shadow", "test", "production"] },
    candidate: { type: "integer", minimum: 1 },
    test_percent: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 100 },
    salt: text,
    primary_metric: rolloutMetric,
    goals: { type: "array", items: closedObject({ metric: rolloutMetric, test: { enum: ["superiority", "non_inferiority"] }, margin_pp: { type: "number", minimum: 0 } }, ["metric"]) },
    guardrails: { type: "array", items: closedObject({ metric: rolloutMetric, max_worse_pp: { type: "number", minimum: 0 } }, ["metric", "max_worse_pp"]) },
    alpha: { type: "number", exclusiveMinimum: 0, maximum: 0.5 },
    power: { type: "number", minimum: 0.5, exclusiveMaximum: 1 },
    sequential: { anyOf: [{ type: "boolean" }, closedObject({ tuning: { type: "number", exclusiveMinimum: 0 } }, ["tuning"])] },
    results: { anyOf: [closedObject({ file: text }, ["file"]), closedObject({ source: text }, ["source"])] },
    shadow: { anyOf: [closedObject({ sent: text }, ["sent"]), closedObject({ source: text }, ["source"])] },
  },
  ["stage"],
);

export const campaignSchema = {
  $schema: SCHEMA_DIALECT,
  $id: schemaId("campaign"),
  title: "copygate campaign (campaigns/<id>/campaign.yaml)",
  ...closedObject(
    campaignProperties(),
    ["id", "name", "workflow", "prompt", "channel", "policies", "contract", "brief", "evals", "approval", "publish"],
  ),
};

// Typed against core/model/campaign.ts: a new Campaign field must be described here, or tsc fails.
function campaignProperties(): Record<keyof Campaign, unknown> {
  return {
    id: described("The campaign id; the same as its folder under campaigns/.", { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$" }),
    name: described("A human name for reports and pull requests.", text),
    workflow: described("The prompt workflow: a folder under prompts/ with a releases.yaml.", { type: "string", pattern: "^[a-z0-9_]+$" }),
    prompt: described("workflow@production follows releases.yaml; workflow@8 pins a version.", { type: "string", pattern: "^[a-z0-9_]+(@(production|[0-9]+)|:v[0-9]+)$" }),
    // if/then instead of oneOf: a wrong field in one kind of channel reports only that kind's problem.
    channel: {
      description: "Where the copy runs and its format limits (email or search_ad).",
      type: "object",
      required: ["kind"],
      properties: { kind: { enum: ["email", "search_ad"] } },
      if: { properties: { kind: { const: "search_ad" } } },
      then: searchAdChannel,
      else: emailChannel,
    },
    audience: described("The segment and which contract input holds its rows; expect lists what every row must match.", closedObject({ segment: text, input: text, expect: { type: "object" } }, ["segment", "input"])),
    policies: described("The policy versions this campaign is written against, e.g. claims_v14.", closedObject({ approved_claims: text, legal_restrictions: text, brand_rules: text }, ["approved_claims", "legal_restrictions", "brand_rules"])),
    contract: {
      description: "The data contract: each input's source or policy, freshness (as dbt) and on_failure: stop, generic_variant or review.",
      type: "object",
      minProperties: 1,
      additionalProperties: { type: "object", if: { required: ["policy"] }, then: policyInput, else: sourceInput },
    },
    offer: closedObject(
      { code: text, summary: text, discount_percent: { type: "number", exclusiveMinimum: 0, maximum: 100 }, duration_months: count, plan: text, expires_at: isoDateTime },
      ["code", "summary", "discount_percent", "expires_at"],
    ),
    brief: {
      description: "What the copy must do: goal, key message, the one call to action and the approved claim ids it may use.",
      type: "object",
      required: ["id", "goal", "key_message", "cta_text", "claims"],
      properties: {
        id: text, goal: text, key_message: text, cta_text: text,
        cta_url: { type: "string", format: "uri" },
        claims: { type: "array", items: text, uniqueItems: true },
        deadline: { enum: ["trial_end", "offer_end", "none"] },
      },
    },
    variants: closedObject({ by: text, generic: { type: "boolean" } }),
    generation: described(
      "Generation settings beyond the prompt's own: fallback_models are tried in order when the prompt's model keeps failing; after them comes the workflow's approved fallback template.",
      closedObject({ fallback_models: { type: "array", items: text, uniqueItems: true } }),
    ),
    evals: { description: "default, or a list of check ids to run on the drafts.", anyOf: [{ const: "default" }, { type: "array", items: text, minItems: 1 }] },
    approval: described("Who must approve the drafts at each risk level.", closedObject({ low: textList, medium: textList, high: textList }, ["low", "medium", "high"])),
    publish: closedObject({ target: text, mode: { enum: ["draft", "schedule"] }, send_at: isoDateTime }, ["target", "mode"]),
    rollout: described(
      "Staged rollout: offline → internal → shadow → test (a test_percent share gets the candidate's drafts) → production, promoted on business results.",
      rolloutSchema,
    ),
  };
}
