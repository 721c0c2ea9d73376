import type { Campaign, PublishSettings } from "../../model/index.ts";
import { boundedText, closedObject, count, described, isoDateTime, SCHEMA_DIALECT, schemaId, text, textList } from "./common.ts";

/** Goal and key message: a few sentences a reviewer reads; the prompt repeats them for every variant. */
export const BRIEF_TEXT_MAX_CHARS = 600;

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

const publishProperties: Record<keyof PublishSettings, unknown> = {
  target: text,
  mode: { enum: ["draft", "schedule"] },
  send_at: isoDateTime,
  api_key_env: described("The env variable holding the platform's API key (never the key itself).", { type: "string", pattern: "^[A-Z_][A-Z0-9_]*$" }),
  audiences: described("The platform's list or segment id for each variant's audience key.", { type: "object", additionalProperties: text }),
  sender_id: { type: "integer", minimum: 1 },
  suppression_group_id: { type: "integer", minimum: 1 },
  region: { enum: ["us", "eu"] },
  list_id: text,
  from_name: text,
  reply_to: { type: "string", format: "email" },
  final_gate: { type: "boolean", description: "Hold a schedule as a draft until /copygate schedule from the required group (high risk always does)." },
  subject_line: { type: "integer", minimum: 1, description: "Which subject line of each variant is published (1-based; default 1)." },
  outbox_dir: text,
  webhook: closedObject({ url: { type: "string", format: "uri" }, url_env: text, secret_env: text }),
};
const publishBlock = closedObject(publishProperties, ["target", "mode"]);
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
        id: boundedText(100), goal: boundedText(BRIEF_TEXT_MAX_CHARS), key_message: boundedText(BRIEF_TEXT_MAX_CHARS), cta_text: boundedText(60),
        cta_url: { type: "string", format: "uri", maxLength: 2048 },
        claims: { type: "array", items: boundedText(100), uniqueItems: true, maxItems: 50 },
        deadline: { enum: ["trial_end", "offer_end", "none"] },
      },
    },
    variants: closedObject({ by: text, generic: { type: "boolean" } }),
    generation: described(
      "Generation settings beyond the prompt's own: fallback_models are tried in order when the prompt's model keeps failing; after them comes the workflow's approved fallback template. commit_fallback_template: true lets the bot's /copygate generate commit drafts written from that template when no model answers (default false: it commits nothing).",
      closedObject({ fallback_models: { type: "array", items: text, uniqueItems: true }, commit_fallback_template: { type: "boolean" } }),
    ),
    evals: { description: "default, or a list of check ids to run on the drafts.", anyOf: [{ const: "default" }, { type: "array", items: text, minItems: 1 }] },
    approval: described(
      "Who must approve the drafts at each risk level. A medium or high risk draft always needs someone: those lists name at least one group.",
      closedObject({ low: textList, medium: { ...textList, minItems: 1 }, high: { ...textList, minItems: 1 } }, ["low", "medium", "high"]),
    ),
    email: described(
      "The MJML email template the drafts are rendered through (default <campaign>/email.mjml) and the unsubscribe link it places (default: the publish target's unsubscribe tag).",
      closedObject({ template: { type: "string", pattern: "\\.mjml$" }, unsubscribe_url: text }),
    ),
    publish: described("Where approved drafts are published: the target, draft or schedule, and the target's settings (credentials by env variable name).", publishBlock),
    rollout: described(
      "Staged rollout: offline → internal → shadow → test (a test_percent share gets the candidate's drafts) → production, promoted on business results.",
      rolloutSchema,
    ),
  };
}
