import OpenAI, { APIError, BadRequestError, NotFoundError, RateLimitError } from "openai";
import { afterEach, describe, expect, it } from "vitest";
import { renderTrialPrompt } from "./fixtures.ts";
import { startSimulator, type RunningSimulator, type SimulatorOptions } from "./index.ts";

const running: RunningSimulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((sim) => sim.close()));
});

async function simulator(options: SimulatorOptions): Promise<{ sim: RunningSimulator; client: OpenAI }> {
  const sim = await startSimulator(options);
  running.push(sim);
  return { sim, client: new OpenAI({ baseURL: sim.url, apiKey: "test", maxRetries: 0 }) };
}

async function emailRequest(client: OpenAI, model = "gpt-4.1", format: "json_schema" | "json_object" = "json_schema") {
  const { messages, outputSchema } = await renderTrialPrompt();
  const response_format =
    format === "json_schema" ? { type: "json_schema" as const, json_schema: { name: "email", schema: outputSchema, strict: true } } : { type: "json_object" as const };
  return client.chat.completions.create({ model, messages, response_format }).withResponse();
}

async function failureOf(promise: Promise<unknown>): Promise<APIError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof APIError)) throw new Error(`expected an APIError, got ${String(error)}`);
  return error;
}

describe("the simulator's identity", () => {
  it("marks every answer as simulated: a header, and a marker in the model id", async () => {
    const { client } = await simulator({});
    const { data, response } = await emailRequest(client);
    expect(response.headers.get("x-copygate-simulator")).toBe("copygate bundled simulator; its answers are not a model's");
    expect(data.model).toBe("gpt-4.1+copygate-simulator");
    const error = await failureOf(emailRequest((await simulator({ rate5xx: 1 })).client));
    expect(error.headers?.get("x-copygate-simulator")).not.toBeNull();
  });

  it("drops the connection mid-body when told to: the status and half the body arrive, then the socket closes", async () => {
    const { client } = await simulator({ rateDrop: 1 });
    const error = await emailRequest(client).then(() => null, (e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(APIError);
  });
});

describe("the simulator's injected faults", () => {
  it("answers 429 with Retry-After, retry-after-ms and the x-ratelimit-* headers", async () => {
    const { client } = await simulator({ rate429: 1, retryAfterSeconds: 0.2 });
    const error = await failureOf(emailRequest(client));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.headers?.get("retry-after")).toBe("0.2");
    expect(error.headers?.get("retry-after-ms")).toBe("200");
    expect(error.headers?.get("x-ratelimit-remaining-requests")).toBe("0");
    expect(error.headers?.get("x-ratelimit-reset-requests")).toBe("200ms");
    expect(error.code).toBe("rate_limit_exceeded");
  });

  it("answers 5xx, malformed JSON and schema-invalid JSON when told to", async () => {
    const server = await simulator({ rate5xx: 1 });
    expect((await failureOf(emailRequest(server.client))).status).toBeGreaterThanOrEqual(500);
    const malformed = await simulator({ rateMalformed: 1 });
    const { data } = await emailRequest(malformed.client);
    expect(() => JSON.parse(data.choices[0]?.message.content ?? "")).toThrow();
    const invalid = await simulator({ rateInvalid: 1 });
    const answer = JSON.parse((await emailRequest(invalid.client)).data.choices[0]?.message.content ?? "{}") as object;
    expect(Object.keys(answer)).not.toContain("subject_lines");
  });

  it("plays a script per request body: the n-th identical request gets the n-th answer", async () => {
    const { sim, client } = await simulator({ script: ["429", "503", "ok"] });
    expect((await failureOf(emailRequest(client))).status).toBe(429);
    expect((await failureOf(emailRequest(client))).status).toBe(503);
    expect((await emailRequest(client)).response.status).toBe(200);
    expect(sim.stats().byStatus).toEqual({ "200": 1, "429": 1, "503": 1 });
    expect(sim.requestCount()).toBe(3);
  });

  it("answers 429 beyond maxConcurrent requests in flight", async () => {
    const { sim, client } = await simulator({ maxConcurrent: 2, latencyMs: 150 });
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => emailRequest(client).then(() => 200, (e: APIError) => e.status)));
    expect(outcomes.filter((s) => s === 200)).toHaveLength(2);
    expect(outcomes.filter((s) => s === 429)).toHaveLength(3);
    expect(sim.stats().injected).toEqual({ concurrency_limited: 3 });
    expect(sim.stats().maxInFlight).toBe(2);
  });

  it("keeps a request quota per window and reports it in x-ratelimit-* headers on every answer", async () => {
    const { sim, client } = await simulator({ rateLimit: { requests: 2, windowMs: 60_000 } });
    const first = await emailRequest(client);
    expect(first.response.headers.get("x-ratelimit-limit-requests")).toBe("2");
    expect(first.response.headers.get("x-ratelimit-remaining-requests")).toBe("1");
    expect(first.response.headers.get("x-ratelimit-reset-requests")).toMatch(/^\d+ms$/);
    expect((await emailRequest(client)).response.headers.get("x-ratelimit-remaining-requests")).toBe("0");
    const refused = await failureOf(emailRequest(client));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers?.get("retry-after"))).toBeGreaterThan(59);
    expect(sim.stats().injected).toEqual({ quota_exceeded: 1 });
  });

  it("rejects json_schema for a model that does not support it, and guesses the shape in json_object mode", async () => {
    const { client } = await simulator({ models: { "legacy-model": { jsonSchema: false } } });
    const error = await failureOf(emailRequest(client, "legacy-model"));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.param).toBe("response_format");
    const { data } = await emailRequest(client, "legacy-model", "json_object");
    const email = JSON.parse(data.choices[0]?.message.content ?? "{}") as Record<string, unknown>;
    expect(Object.keys(email).sort()).toEqual(["cta_text", "email_body", "preview_text", "rationale", "risk_flags", "subject_lines"]);
  });

  it("lists its models and answers 404 for a model it does not know", async () => {
    const { client } = await simulator({ knownModels: ["gpt-4.1"] });
    const models = await client.models.list();
    expect(models.data.map((m) => m.id)).toEqual(["gpt-4.1"]);
    expect(await failureOf(emailRequest(client, "gpt-9"))).toBeInstanceOf(NotFoundError);
  });

  it("answers 400 to a request without messages", async () => {
    const { sim } = await simulator({});
    const response = await fetch(`${sim.url}/chat/completions`, { method: "POST", body: JSON.stringify({ model: "gpt-4.1", messages: [] }) });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { message: "A chat completion needs a string 'model' and a non-empty 'messages' array.", type: "invalid_request_error", param: "messages", code: null },
    });
  });

  it("slips exactly one realistic violation into otherwise clean copy when told to be risky", async () => {
    const { client } = await simulator({ rateRisky: 1, seed: 7 });
    const { data } = await emailRequest(client);
    const body = (JSON.parse(data.choices[0]?.message.content ?? "{}") as { email_body: string }).email_body;
    const violations = [/43%/, /Tableau/, /guaranteed/, /EXTRA10/, /SOC 2/].filter((pattern) => pattern.test(body));
    expect(violations).toHaveLength(1);
    expect(body).toContain("with code TEAM20");
  });
});
