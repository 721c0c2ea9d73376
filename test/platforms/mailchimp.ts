/**
 * A Mailchimp Marketing API stand-in: HTTP Basic with the key as password, /3.0/campaigns create,
 * list (with fields and paging), content and schedule, problem+json errors, quarter-hour
 * schedule times only, and at most 10 requests in flight (Mailchimp's connection limit).
 *
 * Request bodies are validated against schemas written from Mailchimp's API reference: the OpenAPI
 * file its SDKs are generated from (mailchimp/mailchimp-client-lib-codegen spec/marketing.json)
 * was not retrievable here, so these cover only the fields copygate sends.
 */
import { Ajv } from "ajv";
import type { ValidateFunction } from "ajv";
import { startStandIn } from "./stand-in.ts";
import type { Answer, StandIn } from "./stand-in.ts";

const ajv = new Ajv({ allErrors: true });
const text = { type: "string", minLength: 1 };
const validators: Record<"create" | "content" | "schedule", ValidateFunction> = {
  create: ajv.compile({
    type: "object",
    required: ["type", "recipients", "settings"],
    additionalProperties: false,
    properties: {
      type: { enum: ["regular", "plaintext", "rss", "variate"] },
      recipients: {
        type: "object", required: ["list_id"], additionalProperties: false,
        properties: { list_id: text, segment_opts: { type: "object", properties: { saved_segment_id: { type: "integer" } }, additionalProperties: false } },
      },
      settings: {
        type: "object", required: ["subject_line", "from_name", "reply_to"], additionalProperties: false,
        properties: { subject_line: { type: "string", maxLength: 150 }, preview_text: { type: "string", maxLength: 150 }, title: { type: "string", maxLength: 100 }, from_name: text, reply_to: { type: "string", pattern: "^[^@\\s]+@[^@\\s]+$" } },
      },
    },
  }),
  content: ajv.compile({ type: "object", required: ["html"], additionalProperties: false, properties: { html: text, plain_text: { type: "string" } } }),
  schedule: ajv.compile({ type: "object", required: ["schedule_time"], additionalProperties: false, properties: { schedule_time: text, timewarp: { type: "boolean" } } }),
};

function problem(status: number, title: string, detail: string): Answer {
  return { status, body: { type: "https://mailchimp.com/developer/marketing/docs/errors/", title, status, detail, instance: "stand-in" } };
}

function invalid(validate: ValidateFunction, body: unknown): Answer | null {
  if (validate(body)) return null;
  return problem(400, "Invalid Resource", (validate.errors ?? []).map((e) => `${e.instancePath || "body"} ${e.message}`).join("; "));
}

export interface CampaignRecord {
  id: string;
  web_id: number;
  status: "save" | "schedule";
  body: Record<string, unknown>;
  content?: Record<string, unknown>;
  schedule_time?: string;
}

export interface MailchimpStandIn extends StandIn {
  campaigns: CampaignRecord[];
}

function listed(campaigns: CampaignRecord[], query: URLSearchParams): Answer {
  const listId = query.get("list_id");
  const matching = campaigns.filter((c) => !listId || (c.body.recipients as { list_id: string }).list_id === listId);
  const offset = Number(query.get("offset") ?? 0);
  const count = Math.min(Number(query.get("count") ?? 10), 1000);
  const page = matching.slice(offset, offset + count).map((c) => ({ id: c.id, web_id: c.web_id, status: c.status, settings: { title: (c.body.settings as { title: string }).title } }));
  return { status: 200, body: { campaigns: page, total_items: matching.length } };
}

export async function startMailchimpStandIn(apiKey: string, options: { delayMs?: number } = {}): Promise<MailchimpStandIn> {
  const campaigns: CampaignRecord[] = [];
  const standIn = await startStandIn({
    delayMs: options.delayMs,
    maxConcurrent: { limit: 10, answer: problem(429, "Too Many Requests", "You have exceeded the limit of 10 simultaneous connections.") },
    authorize(authorization) {
      const password = authorization?.startsWith("Basic ") ? Buffer.from(authorization.slice(6), "base64").toString("utf8").split(":").slice(1).join(":") : "";
      return password === apiKey ? null : problem(401, "API Key Invalid", "Your API key may be invalid, or you've attempted to access the wrong datacenter.");
    },
    route(request, path, query) {
      if (request.method === "GET" && path === "/3.0/campaigns") return listed(campaigns, query);
      if (request.method === "POST" && path === "/3.0/campaigns") {
        const refused = invalid(validators.create, request.body);
        if (refused) return refused;
        const record: CampaignRecord = { id: `c${(campaigns.length + 1).toString(16).padStart(9, "0")}`, web_id: 500 + campaigns.length, status: "save", body: request.body as Record<string, unknown> };
        campaigns.push(record);
        return { status: 200, body: { id: record.id, web_id: record.web_id, status: record.status, ...record.body } };
      }
      const match = /^\/3\.0\/campaigns\/([^/]+)\/(content|actions\/schedule)$/.exec(path);
      const record = match ? campaigns.find((c) => c.id === match[1]) : undefined;
      if (match && !record) return problem(404, "Resource Not Found", "The requested resource could not be found.");
      if (record && request.method === "PUT" && match![2] === "content") {
        const refused = invalid(validators.content, request.body);
        if (refused) return refused;
        record.content = request.body as Record<string, unknown>;
        return { status: 200, body: { ...record.content } };
      }
      if (record && request.method === "POST" && match![2] === "actions/schedule") {
        const refused = invalid(validators.schedule, request.body);
        if (refused) return refused;
        const time = new Date((request.body as { schedule_time: string }).schedule_time);
        if (time.getUTCMinutes() % 15 !== 0 || time.getUTCSeconds() !== 0) return problem(400, "Invalid Resource", "Schedule time must be on the quarter-hour (:00, :15, :30, :45).");
        if (!record.content) return problem(400, "Bad Request", "Your Campaign is not ready to send.");
        record.status = "schedule";
        record.schedule_time = time.toISOString();
        return { status: 204 };
      }
      return null;
    },
  });
  return Object.assign(standIn, { campaigns });
}
