/**
 * A SendGrid stand-in for Single Sends: Bearer key, the three operations copygate calls, every
 * request body validated against SendGrid's own OpenAPI description (twilio/sendgrid-oai, the
 * parts committed under test/fixtures/sendgrid), X-RateLimit-* headers, a single send's status.
 */
import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { badRequest, startStandIn } from "./stand-in.ts";
import type { StandIn } from "./stand-in.ts";

const SPEC = JSON.parse(readFileSync(new URL("../fixtures/sendgrid/singlesends.openapi.json", import.meta.url), "utf8")) as Record<string, unknown>;

function pointer(...parts: string[]): string {
  return parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(SPEC, "sendgrid");
const validators = {
  create: ajv.compile({ $ref: `sendgrid#/${pointer("components", "requestBodies", "SinglesendRequestBody", "content", "application/json", "schema")}` }),
  schedule: ajv.compile({ $ref: `sendgrid#/${pointer("paths", "/v3/marketing/singlesends/{id}/schedule", "put", "requestBody", "content", "application/json", "schema")}` }),
  search: ajv.compile({ $ref: `sendgrid#/${pointer("paths", "/v3/marketing/singlesends/search", "post", "requestBody", "content", "application/json", "schema")}` }),
};

function invalid(validate: (typeof validators)["create"], body: unknown): string[] | null {
  if (validate(body)) return null;
  return (validate.errors ?? []).map((e) => `${e.instancePath || "body"} ${e.message ?? "is invalid"}`);
}

export interface SingleSendRecord {
  id: string;
  name: string;
  status: "draft" | "scheduled";
  send_at: string | null;
  body: Record<string, unknown>;
}

export interface SendgridStandIn extends StandIn {
  singleSends: SingleSendRecord[];
}

export async function startSendgridStandIn(apiKey: string): Promise<SendgridStandIn> {
  const singleSends: SingleSendRecord[] = [];
  let remaining = 600;
  const standIn = await startStandIn({
    authorize: (authorization) => (authorization === `Bearer ${apiKey}` ? null : { status: 401, body: { errors: [{ field: null, message: "authorization required" }] } }),
    headers: () => ({ "x-ratelimit-limit": "600", "x-ratelimit-remaining": String(Math.max(0, (remaining -= 1))), "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 60) }),
    route(request, path) {
      if (request.method === "POST" && path === "/v3/marketing/singlesends/search") {
        const problems = invalid(validators.search, request.body);
        if (problems) return badRequest(problems);
        const name = (request.body as { name?: string }).name ?? "";
        // SendGrid matches with leading and trailing wildcards, not exactly.
        const result = singleSends.filter((s) => s.name.includes(name)).map(({ id, name: n, status, send_at }) => ({ id, name: n, status, send_at, categories: [], is_abtest: false }));
        return { status: 200, body: { result, _metadata: { self: path, count: result.length } } };
      }
      if (request.method === "POST" && path === "/v3/marketing/singlesends") {
        const problems = invalid(validators.create, request.body);
        if (problems) return badRequest(problems);
        const body = request.body as Record<string, unknown>;
        const record: SingleSendRecord = { id: randomUUID(), name: String(body.name), status: "draft", send_at: null, body };
        singleSends.push(record);
        return { status: 201, body: { id: record.id, name: record.name, status: record.status, ...body } };
      }
      const schedule = /^\/v3\/marketing\/singlesends\/([^/]+)\/schedule$/.exec(path);
      if (request.method === "PUT" && schedule) {
        const problems = invalid(validators.schedule, request.body);
        if (problems) return badRequest(problems);
        const record = singleSends.find((s) => s.id === schedule[1]);
        if (!record) return { status: 404, body: { errors: [{ message: "resource not found" }] } };
        record.status = "scheduled";
        record.send_at = (request.body as { send_at: string }).send_at;
        return { status: 201, body: { send_at: record.send_at, status: "scheduled" } };
      }
      return null;
    },
  });
  return Object.assign(standIn, { singleSends });
}
