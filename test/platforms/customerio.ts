/**
 * A Customer.io App API stand-in for newsletters: Bearer App API key, create (a draft unless
 * scheduled_at or send_now), list with a cursor, contents by id, schedule; 10 requests a second
 * (a 429 beyond); bodies checked against the fields Customer.io's createNewsletter documents.
 */
import { Ajv } from "ajv";
import type { ValidateFunction } from "ajv";
import { startStandIn } from "./stand-in.ts";
import type { Answer, StandIn } from "./stand-in.ts";

const ajv = new Ajv({ allErrors: true });
const createBody: ValidateFunction = ajv.compile({
  type: "object",
  required: ["type", "name", "recipients", "subject", "body"],
  additionalProperties: false,
  properties: {
    type: { const: "email" },
    name: { type: "string", minLength: 1, maxLength: 190 },
    recipients: { type: "object", minProperties: 1, properties: { segment: { type: "object", required: ["id"], properties: { id: { type: "integer" } } } } },
    subject: { type: "string", minLength: 1 },
    body: { type: "string", minLength: 1, maxLength: 1_000_000 },
    from_id: { type: "integer" },
    send_now: { type: "boolean" },
    scheduled_at: { type: "integer" },
  },
});
const contentBody = ajv.compile({ type: "object", additionalProperties: false, properties: { subject: { type: "string" }, body: { type: "string" } } });
const scheduleBody = ajv.compile({ type: "object", required: ["scheduled_at"], additionalProperties: false, properties: { scheduled_at: { type: "integer" } } });

export interface NewsletterRecord {
  id: number;
  name: string;
  scheduled_at: number | null;
  sent_at: number | null;
  body: Record<string, unknown>;
  contents: { id: number; subject: string; body: string }[];
}

export interface CustomerioStandIn extends StandIn {
  newsletters: NewsletterRecord[];
}

function refused(validate: ValidateFunction, body: unknown): Answer | null {
  if (validate(body)) return null;
  return { status: 400, body: { meta: { error: (validate.errors ?? []).map((e) => `${e.instancePath || "body"} ${e.message}`).join("; ") } } };
}

const PAGE = 2;

export async function startCustomerioStandIn(appApiKey: string): Promise<CustomerioStandIn> {
  const newsletters: NewsletterRecord[] = [];
  let windowStart = Date.now();
  let inWindow = 0;
  const standIn = await startStandIn({
    authorize(authorization) {
      if (authorization !== `Bearer ${appApiKey}`) return { status: 401, body: { meta: { error: "Unauthorized request" } } };
      // 10 requests a second per workspace.
      if (Date.now() - windowStart >= 1000) [windowStart, inWindow] = [Date.now(), 0];
      return (inWindow += 1) > 10 ? { status: 429, body: { meta: { error: "rate limit exceeded" } }, headers: { "retry-after": "1" } } : null;
    },
    route(request, path, query) {
      if (request.method === "GET" && path === "/v1/newsletters") {
        // Newest first, PAGE at a time, so the adapter must follow the cursor.
        const sorted = [...newsletters].reverse();
        const start = Number(query.get("start") ?? 0);
        const page = sorted.slice(start, start + PAGE).map(({ id, name, scheduled_at, sent_at }) => ({ id, name, type: "email", scheduled_at, sent_at }));
        return { status: 200, body: { newsletters: page, next: start + PAGE < sorted.length ? String(start + PAGE) : "" } };
      }
      if (request.method === "POST" && path === "/v1/newsletters") {
        const problem = refused(createBody, request.body);
        if (problem) return problem;
        const body = request.body as { name: string; subject: string; body: string; scheduled_at?: number };
        const record: NewsletterRecord = { id: 900 + newsletters.length, name: body.name, scheduled_at: body.scheduled_at ?? null, sent_at: null, body: request.body as Record<string, unknown>, contents: [{ id: 70 + newsletters.length, subject: body.subject, body: body.body }] };
        newsletters.push(record);
        return { status: 200, body: { newsletter: { id: record.id, name: record.name, scheduled_at: record.scheduled_at, sent_at: null } } };
      }
      const match = /^\/v1\/newsletters\/(\d+)\/(contents|contents\/(\d+)|schedule)$/.exec(path);
      const record = match ? newsletters.find((n) => n.id === Number(match[1])) : undefined;
      if (match && !record) return { status: 404, body: { meta: { error: "newsletter not found" } } };
      if (record && request.method === "GET" && match![2] === "contents") return { status: 200, body: { contents: record.contents } };
      if (record && request.method === "PUT" && match![3]) {
        const problem = refused(contentBody, request.body);
        if (problem) return problem;
        const content = record.contents.find((c) => c.id === Number(match![3]));
        if (!content) return { status: 404, body: { meta: { error: "content not found" } } };
        Object.assign(content, request.body);
        return { status: 200, body: { content } };
      }
      if (record && request.method === "POST" && match![2] === "schedule") {
        const problem = refused(scheduleBody, request.body);
        if (problem) return problem;
        record.scheduled_at = (request.body as { scheduled_at: number }).scheduled_at;
        return { status: 200, body: { newsletter: { id: record.id, scheduled_at: record.scheduled_at } } };
      }
      return null;
    },
  });
  return Object.assign(standIn, { newsletters });
}
