import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { renderTrialPrompt } from "../../simulator/fixtures.ts";
import { startSimulator, type RunningSimulator, type SimulatorOptions } from "../../simulator/index.ts";
import { AdaptiveLimiter, createGenerator, type GenerateRequest, type GeneratorOptions, type ModelSettings } from "./index.ts";

const running: RunningSimulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((sim) => sim.close()));
});

async function simulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const sim = await startSimulator({ seed: "generator", ...options });
  running.push(sim);
  return sim;
}

async function emailRequest(settings: Partial<ModelSettings> = {}): Promise<GenerateRequest> {
  const { messages, outputSchema } = await renderTrialPrompt();
  return { messages, outputSchema, schemaName: "trial_expiration_email", settings: { model: "openai/gpt-4.1", temperature: 0.4, ...settings } };
}

function generatorFor(sim: RunningSimulator, options: Partial<GeneratorOptions> = {}) {
  return createGenerator({ baseURL: sim.url, apiKey: "test", backoff: { baseMs: 10, capMs: 50 }, ...options });
}

describe("generate() over the real openai SDK against the simulator", () => {
  it("returns schema-valid email copy with one recorded attempt and token usage", async () => {
    const sim = await simulator();
    const result = await generatorFor(sim).generate(await emailRequest());
    if (!result.ok) throw new Error(result.reason);
    expect(Object.keys(result.content).sort()).toEqual(["cta_text", "email_body", "preview_text", "rationale", "risk_flags", "subject_lines"]);
    expect(result.model).toBe("gpt-4.1");
    expect(result.cached).toBe(false);
    expect(result.attempts).toEqual([{ model: "gpt-4.1", status: 200, ok: true, response_format: "json_schema", latency_ms: result.attempts[0]?.latency_ms }]);
    expect(result.usage.input_tokens).toBeGreaterThan(100);
    expect(result.usage.output_tokens).toBeGreaterThan(50);
    expect(sim.requestCount()).toBe(1);
  });

  it("returns the same content for the same seed on two simulators", async () => {
    const [a, b] = await Promise.all([simulator(), simulator()]);
    const request = await emailRequest();
    const first = await generatorFor(a).generate(request);
    const second = await generatorFor(b).generate(request);
    expect(first.ok && second.ok && first.content).toEqual(second.ok && second.content);
  });

  it("waits at least the Retry-After a 429 asks for, fractional seconds included, then succeeds", async () => {
    const sim = await simulator({ script: ["429", "ok"], retryAfterSeconds: 0.2, retryAfterMsHeader: false });
    const started = Date.now();
    const result = await generatorFor(sim).generate(await emailRequest());
    const elapsed = Date.now() - started;
    expect(result.ok).toBe(true);
    expect(result.attempts.map((a) => [a.status, a.error_class, a.waited_ms])).toEqual([
      [429, "rate_limited", 200],
      [200, undefined, undefined],
    ]);
    expect(elapsed).toBeGreaterThanOrEqual(200);
  });

  it("prefers retry-after-ms over Retry-After when the server sends both", async () => {
    const sim = await simulator({ script: ["429", "ok"], retryAfterSeconds: 0.25 });
    const generator = generatorFor(sim);
    const result = await generator.generate(await emailRequest());
    expect(result.attempts[0]?.waited_ms).toBe(250);
    expect(result.latency_ms).toBeGreaterThanOrEqual(250);
    expect(generator.stats()).toMatchObject({ calls: 2, retries: 1, rateLimited: 1, cacheHits: 0 });
  });

  it("retries 5xx answers with backoff until one succeeds", async () => {
    const sim = await simulator({ script: ["500", "503", "ok"] });
    const result = await generatorFor(sim).generate(await emailRequest());
    expect(result.ok).toBe(true);
    expect(result.attempts.map((a) => [a.status, a.error_class])).toEqual([
      [500, "server_error"],
      [503, "server_error"],
      [200, undefined],
    ]);
    expect(result.attempts[0]?.reason).toMatch(/^500 /);
  });

  it("counts malformed JSON as a failed attempt, repairs it at once, then falls back to the next model", async () => {
    const sim = await simulator({ models: { "gpt-4.1": { rateMalformed: 1 } } });
    const result = await generatorFor(sim).generate(await emailRequest({ maxRetries: 1, fallbackModels: ["gpt-4.1-mini"] }));
    if (!result.ok) throw new Error(result.reason);
    expect(result.model).toBe("gpt-4.1-mini");
    expect(result.attempts.map((a) => [a.model, a.status, a.error_class ?? "ok"])).toEqual([
      ["gpt-4.1", 200, "malformed_json"],
      ["gpt-4.1", 200, "malformed_json"],
      ["gpt-4.1-mini", 200, "ok"],
    ]);
    expect(result.attempts[0]?.reason).toMatch(/^the answer is not valid JSON/);
    expect(result.attempts.map((a) => [a.repair ?? false, a.waited_ms])).toEqual([[false, undefined], [true, undefined], [false, undefined]]);
  });

  it("counts schema-invalid JSON as a failed attempt and repairs it", async () => {
    // The script is per request body, and the repair turn is a new body: its first answer is "invalid" too.
    const sim = await simulator({ script: ["invalid"] });
    const result = await generatorFor(sim).generate(await emailRequest());
    expect(result.attempts[0]).toMatchObject({ status: 200, ok: false, error_class: "schema_invalid" });
    expect(result.attempts[0]?.reason).toMatch(/^the answer does not match the output schema: \/ must have required property/);
    expect(result.attempts[1]).toMatchObject({ status: 200, ok: false, error_class: "schema_invalid", repair: true });
    expect(!result.ok && result.failure).toBe("content");
    expect(sim.requestCount()).toBe(2);
  });

  it("returns ok:false with every attempt and a reason when every model keeps failing", async () => {
    const sim = await simulator({ rate5xx: 1 });
    const result = await generatorFor(sim).generate(await emailRequest({ maxRetries: 1, fallbackModels: ["gpt-4.1-mini"] }));
    if (result.ok) throw new Error("expected a failure");
    expect(result.attempts.map((a) => [a.model, a.error_class])).toEqual([
      ["gpt-4.1", "server_error"],
      ["gpt-4.1", "server_error"],
      ["gpt-4.1-mini", "server_error"],
      ["gpt-4.1-mini", "server_error"],
    ]);
    expect(result.reason).toMatch(/^generation failed after 4 attempts on gpt-4\.1, gpt-4\.1-mini; last: server_error \(50\d /);
    expect(sim.requestCount()).toBe(4);
  });

  it("gives up on a model that does not exist without retrying it, and uses the fallback", async () => {
    const sim = await simulator({ knownModels: ["gpt-4.1-mini"] });
    const result = await generatorFor(sim).generate(await emailRequest({ fallbackModels: ["gpt-4.1-mini"] }));
    expect(result.ok && result.model).toBe("gpt-4.1-mini");
    expect(result.attempts.map((a) => [a.status, a.error_class])).toEqual([
      [404, "model_not_found"],
      [200, undefined],
    ]);
  });

  it("records a timeout when the model answers slower than timeoutMs", async () => {
    const sim = await simulator({ latencyMs: 400 });
    const result = await generatorFor(sim).generate(await emailRequest({ timeoutMs: 50, maxRetries: 0 }));
    expect(result.ok).toBe(false);
    expect(result.attempts).toMatchObject([{ status: null, error_class: "timeout", reason: "no answer before the call's timeout" }]);
  });

  it("records connection failures as retryable attempts and ends in ok:false when nothing listens", async () => {
    const sim = await simulator();
    const url = sim.url;
    await sim.close();
    const result = await createGenerator({ baseURL: url, apiKey: "test", backoff: { baseMs: 5, capMs: 10 } }).generate(await emailRequest({ maxRetries: 1 }));
    expect(result.ok).toBe(false);
    expect(result.attempts.map((a) => [a.status, a.error_class])).toEqual([
      [null, "connection"],
      [null, "connection"],
    ]);
    expect(result.attempts[0]?.waited_ms).toBeLessThanOrEqual(5);
  });

  it("ends in ok:false, never a rejection, when the output schema cannot be compiled", async () => {
    const sim = await simulator();
    const request = await emailRequest({ maxRetries: 0 });
    const result = await generatorFor(sim).generate({ ...request, outputSchema: { type: "object", properties: { a: { $ref: "#/missing" } } } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^generation stopped by an unexpected error: can't resolve reference #\/missing/);
    expect(result.attempts).toHaveLength(1);
  });

  it("falls back to json_object on a 400 about response_format, still validates, and remembers it", async () => {
    const sim = await simulator({ models: { "legacy-model": { jsonSchema: false } } });
    const generator = generatorFor(sim);
    const first = await generator.generate(await emailRequest({ model: "legacy-model" }));
    expect(first.ok).toBe(true);
    expect(first.attempts.map((a) => [a.status, a.response_format, a.error_class])).toEqual([
      [400, "json_schema", "unsupported_response_format"],
      [200, "json_object", undefined],
    ]);
    const again = await generator.generate(await emailRequest({ model: "legacy-model", temperature: 0.7 }));
    expect(again.attempts.map((a) => a.response_format)).toEqual(["json_object"]);
  });
});

describe("the response cache", () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  async function cacheDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), "copygate-cache-"));
    dirs.push(dir);
    return dir;
  }

  it("answers a repeated request to the same endpoint from disk with zero HTTP calls, whatever the key, and says where it came from", async () => {
    const dir = await cacheDir();
    const sim = await simulator();
    const request = await emailRequest();
    const cold = await generatorFor(sim, { cacheDir: dir }).generate(request);
    const warmGenerator = generatorFor(sim, { cacheDir: dir, apiKey: "another-key" });
    const warm = await warmGenerator.generate(request);
    expect(cold.ok && cold.cached).toBe(false);
    if (!warm.ok) throw new Error(warm.reason);
    expect(warm.cached).toBe(true);
    expect(warm.content).toEqual(cold.ok && cold.content);
    expect(warm.attempts).toEqual([]);
    expect(warm.cache_origin).toEqual({ endpoint: sim.url, model: "gpt-4.1", created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(warm.simulated).toBe(true);
    expect(sim.requestCount()).toBe(1);
    expect(warmGenerator.stats()).toMatchObject({ calls: 0, cacheHits: 1 });
  });

  it("never serves one endpoint's answer for another: the endpoint is part of the key", async () => {
    const dir = await cacheDir();
    const [first, second] = await Promise.all([simulator(), simulator()]);
    const request = await emailRequest();
    await generatorFor(first, { cacheDir: dir }).generate(request);
    const other = await generatorFor(second, { cacheDir: dir }).generate(request);
    expect(other.ok && other.cached).toBe(false);
    expect(second.requestCount()).toBe(1);
  });

  it("misses when the messages or the parameters change", async () => {
    const dir = await cacheDir();
    const sim = await simulator();
    const generator = generatorFor(sim, { cacheDir: dir });
    const request = await emailRequest();
    await generator.generate(request);
    await generator.generate({ ...request, settings: { ...request.settings, temperature: 0.9 } });
    await generator.generate({ ...request, messages: [...request.messages, { role: "user", content: "One more line." }] });
    expect(sim.requestCount()).toBe(3);
  });

  it("caches the fallback model's answer so a re-run makes no call at all", async () => {
    const dir = await cacheDir();
    const sim = await simulator({ models: { "gpt-4.1": { rate5xx: 1 } } });
    const request = await emailRequest({ maxRetries: 0, fallbackModels: ["gpt-4.1-mini"] });
    await generatorFor(sim, { cacheDir: dir }).generate(request);
    const calls = sim.requestCount();
    const warm = await generatorFor(sim, { cacheDir: dir }).generate(request);
    expect(warm.ok && [warm.cached, warm.model]).toEqual([true, "gpt-4.1-mini"]);
    expect(sim.requestCount()).toBe(calls);
  });

  it("never caches a failure", async () => {
    const dir = await cacheDir();
    const sim = await simulator({ script: ["500", "ok"] });
    const request = await emailRequest({ maxRetries: 0 });
    expect((await generatorFor(sim, { cacheDir: dir }).generate(request)).ok).toBe(false);
    expect((await generatorFor(sim, { cacheDir: dir }).generate(request)).ok && "fresh").toBe("fresh");
    expect(sim.requestCount()).toBe(2);
  });
});

describe("adaptive concurrency under rate limits", () => {
  it("loses nothing when 30% of 200 calls at concurrency 16 answer 429", async () => {
    const sim = await simulator({ rate429: 0.3, retryAfterSeconds: 0.02, latencyMs: 5 });
    const generator = generatorFor(sim, { concurrency: 16 });
    const base = await emailRequest({ maxRetries: 20 });
    const requests = Array.from({ length: 200 }, (_, i) => ({ ...base, messages: [...base.messages, { role: "user" as const, content: `Case ${i}.` }] }));
    const results = await Promise.all(requests.map((request) => generator.generate(request)));
    expect(results.filter((r) => r.ok)).toHaveLength(200);
    const stats = generator.stats();
    expect(stats.rateLimited).toBeGreaterThan(20);
    expect(stats.calls).toBe(200 + stats.rateLimited);
    expect(sim.requestCount()).toBe(stats.calls);
    expect(sim.stats().injected.rate_limited).toBe(stats.rateLimited);
  });

  it("pauses when x-ratelimit-remaining-requests reaches 0 until the reset, so a request quota causes no 429", async () => {
    const sim = await simulator({ rateLimit: { requests: 3, windowMs: 250 } });
    const generator = generatorFor(sim, { concurrency: 1 });
    const base = await emailRequest();
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: 9 }, (_, i) => generator.generate({ ...base, messages: [...base.messages, { role: "user" as const, content: `Case ${i}.` }] })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(generator.stats()).toMatchObject({ calls: 9, rateLimited: 0 });
    expect(sim.requestCount()).toBe(9);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2 * 250);
  });

  it("keeps generators that share one limiter within its concurrency together", async () => {
    const sim = await simulator({ latencyMs: 30 });
    const shared = new AdaptiveLimiter(3);
    const generators = [generatorFor(sim, { limiter: shared }), generatorFor(sim, { limiter: shared })];
    const base = await emailRequest();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => generators[i % 2]!.generate({ ...base, messages: [...base.messages, { role: "user" as const, content: `Case ${i}.` }] })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(sim.stats().maxInFlight).toBe(3);
  });

  it("backs off below the server's concurrency limit and still finishes every call", async () => {
    const sim = await simulator({ maxConcurrent: 4, retryAfterSeconds: 0.02, latencyMs: 20 });
    const generator = generatorFor(sim, { concurrency: 16 });
    const base = await emailRequest({ maxRetries: 30 });
    const requests = Array.from({ length: 60 }, (_, i) => ({ ...base, messages: [...base.messages, { role: "user" as const, content: `Case ${i}.` }] }));
    const results = await Promise.all(requests.map((request) => generator.generate(request)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(generator.stats().rateLimited).toBeGreaterThan(0);
    expect(generator.stats().concurrencyLimit).toBeLessThan(16);
  });
});
