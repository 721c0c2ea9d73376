/**
 * The retry policy by failure class, over the real openai SDK and real HTTP: a scripted local
 * endpoint for exact sequences (401, Retry-After 3600, a dropped body, an echoed key), the bundled
 * simulator for its own faults.
 */
import { afterEach, describe, expect, it } from "vitest";
import { renderTrialPrompt } from "../../simulator/fixtures.ts";
import { startSimulator, type RunningSimulator } from "../../simulator/index.ts";
import { CallBudget, createGenerator, repairTurn, type GenerateRequest, type GeneratorOptions, type ModelSettings, type WaitNotice } from "./index.ts";
import { scriptedEndpoint, type ScriptedEndpoint, type ScriptedReply } from "./scriptedEndpoint.test-support.ts";

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function endpoint(script: ScriptedReply[]): Promise<ScriptedEndpoint> {
  const server = await scriptedEndpoint(script);
  open.push(server);
  return server;
}

async function simulator(options: Parameters<typeof startSimulator>[0] = {}): Promise<RunningSimulator> {
  const sim = await startSimulator({ seed: "policy", ...options });
  open.push(sim);
  return sim;
}

async function emailRequest(settings: Partial<ModelSettings> = {}): Promise<GenerateRequest> {
  const { messages, outputSchema } = await renderTrialPrompt();
  return { messages, outputSchema, schemaName: "trial_expiration_email", settings: { model: "gpt-4.1", temperature: 0.4, ...settings } };
}

/** A schema-valid email answer, written once by the simulator. */
let validEmail: string | undefined;
async function validAnswer(): Promise<string> {
  if (validEmail) return validEmail;
  const sim = await simulator();
  const result = await createGenerator({ baseURL: sim.url, apiKey: "" }).generate(await emailRequest());
  if (!result.ok) throw new Error(result.reason);
  validEmail = JSON.stringify(result.content);
  return validEmail;
}

function generator(url: string, options: Partial<GeneratorOptions> = {}) {
  return createGenerator({ baseURL: url, apiKey: "sk-test-policy-key-0000", backoff: { baseMs: 5, capMs: 10 }, ...options });
}

describe("content failures: a repair turn at once, then the fallback model", () => {
  it("re-asks at once with the broken answer and a repair turn quoting the validation error", async () => {
    const good = await validAnswer();
    const server = await endpoint([{ kind: "json", content: '{"subject_lines": ["Keep your dash' }, { kind: "json", content: good }]);
    const request = await emailRequest();
    const result = await generator(server.url).generate(request);
    if (!result.ok) throw new Error(result.reason);
    expect(result.history).toEqual({ first_valid: false, repaired: true, resent: 0 });
    expect(result.attempts.map((a) => [a.error_class ?? "ok", a.repair ?? false, a.waited_ms])).toEqual([
      ["malformed_json", false, undefined],
      ["ok", true, undefined],
    ]);
    const repair = server.requests[1]!.body.messages;
    expect(repair.slice(0, -2)).toEqual(request.messages);
    expect(repair.at(-2)).toEqual({ role: "assistant", content: '{"subject_lines": ["Keep your dash' });
    expect(repair.at(-1)).toEqual({
      role: "user",
      content:
        "Your previous answer could not be used: the answer is not valid JSON (Unterminated string in JSON at position 34). " +
        "Answer again with only the corrected JSON object, matching the output schema, with no text before or after it.",
    });
  });

  it("quotes the schema error in the repair turn", () => {
    expect(repairTurn("the answer does not match the output schema: / must have required property 'cta_text'").content).toBe(
      "Your previous answer could not be used: the answer does not match the output schema: / must have required property 'cta_text'. " +
        "Answer again with only the corrected JSON object, matching the output schema, with no text before or after it.",
    );
  });

  it("repairs at most once per model, then asks the fallback model the original request", async () => {
    const good = await validAnswer();
    const server = await endpoint([
      { kind: "json", content: '{"subject_lines": []}' },
      { kind: "json", content: "Sure! Here it is." },
      { kind: "json", content: good },
    ]);
    const request = await emailRequest({ fallbackModels: ["gpt-4.1-mini"] });
    const result = await generator(server.url).generate(request);
    if (!result.ok) throw new Error(result.reason);
    expect(server.requests.map((r) => [r.body.model, r.body.messages.length])).toEqual([
      ["gpt-4.1", request.messages.length],
      ["gpt-4.1", request.messages.length + 2],
      ["gpt-4.1-mini", request.messages.length],
    ]);
    expect(result.history).toEqual({ first_valid: false, repaired: false, resent: 0, fallback_model: "gpt-4.1-mini" });
  });

  it("ends in a content failure, never an endpoint one, when every model's answers stay invalid", async () => {
    const server = await endpoint([{ kind: "json", content: "{}" }]);
    const gen = generator(server.url);
    const result = await gen.generate(await emailRequest({ fallbackModels: ["gpt-4.1-mini"] }));
    if (result.ok) throw new Error("expected a failure");
    expect(result.failure).toBe("content");
    expect(server.requests).toHaveLength(4);
    expect(gen.stats()).toMatchObject({ calls: 4, repairs: 2 });
  });
});

describe("endpoint failures: wait, then resend the same request", () => {
  it("resends a 500 after backoff, and the first answer still counts as the first", async () => {
    const good = await validAnswer();
    const server = await endpoint([{ kind: "status", status: 500 }, { kind: "json", content: good }]);
    const result = await generator(server.url).generate(await emailRequest());
    if (!result.ok) throw new Error(result.reason);
    expect(result.history).toEqual({ first_valid: true, repaired: false, resent: 1 });
    expect(server.requests[1]!.body.messages).toEqual(server.requests[0]!.body.messages);
  });

  it("treats a connection dropped mid-answer as a transport error and resends", async () => {
    const good = await validAnswer();
    const server = await endpoint([{ kind: "drop" }, { kind: "json", content: good }]);
    const result = await generator(server.url).generate(await emailRequest());
    if (!result.ok) throw new Error(result.reason);
    expect(result.attempts[0]).toMatchObject({ status: null, error_class: "connection" });
    expect(result.attempts[0]?.reason).toMatch(/^connection dropped mid-answer: /);
    expect(result.history.resent).toBe(1);
  });

  it("resends after the simulator drops a connection mid-body", async () => {
    const sim = await simulator({ script: ["drop", "ok"] });
    const result = await generator(sim.url).generate(await emailRequest({ temperature: 0 }));
    expect(result.ok).toBe(true);
    expect(result.attempts.map((a) => a.error_class ?? "ok")).toEqual(["connection", "ok"]);
  });

  it("resends after a timeout and says while it waits for a slow answer", async () => {
    const good = await validAnswer();
    const server = await endpoint([{ kind: "hang" }, { kind: "json", content: good }]);
    const waits: WaitNotice[] = [];
    const result = await generator(server.url, { onWait: (w) => waits.push(w), slowNoticeMs: 100 }).generate(await emailRequest({ timeoutMs: 250 }));
    expect(result.ok).toBe(true);
    expect(result.attempts[0]).toMatchObject({ status: null, error_class: "timeout" });
    expect(waits[0]).toMatchObject({ endpoint: new URL(server.url).host, model: "gpt-4.1", kind: "slow_answer", why: expect.stringMatching(/^no answer yet after 0\.\d s$/) });
  });

  it("stops at a Retry-After beyond the cap, naming the endpoint and the wait it asked for", async () => {
    const server = await endpoint([{ kind: "status", status: 429, headers: { "retry-after": "3600" } }]);
    const started = Date.now();
    const result = await generator(server.url).generate(await emailRequest());
    if (result.ok) throw new Error("expected a failure");
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.failure).toBe("endpoint");
    const host = new URL(server.url).host;
    expect(result.reason).toBe(
      `generation failed after 1 attempt on gpt-4.1; last: the model endpoint ${host} asked to wait 3600 s (Retry-After), more than the 60 s copygate waits; stopped instead`,
    );
  });

  it("tells the caller when it waits a Retry-After", async () => {
    const good = await validAnswer();
    const server = await endpoint([{ kind: "status", status: 429, headers: { "retry-after": "1" } }, { kind: "json", content: good }]);
    const waits: WaitNotice[] = [];
    const result = await generator(server.url, { onWait: (w) => waits.push(w) }).generate(await emailRequest());
    expect(result.ok).toBe(true);
    expect(waits).toEqual([{ endpoint: new URL(server.url).host, model: "gpt-4.1", kind: "retry_after", ms: 1000, why: expect.stringMatching(/^429 /) }]);
  });
});

describe("budgets and the endpoint's health", () => {
  it("gives up on an endpoint that refuses the credentials after one call, for every case", async () => {
    const server = await endpoint([{ kind: "status", status: 401, message: "Incorrect API key provided" }]);
    const gen = generator(server.url);
    const request = await emailRequest({ fallbackModels: ["gpt-4.1-mini"] });
    const results = await Promise.all([gen.generate(request), gen.generate(request), gen.generate(request)]);
    await gen.generate(request);
    expect(server.requests.length).toBeLessThanOrEqual(3);
    const last = await gen.generate(request);
    if (last.ok) throw new Error("expected a failure");
    expect(last.failure).toBe("endpoint");
    expect(last.reason).toBe(`the model endpoint ${new URL(server.url).host} refused the credentials (HTTP 401); check OPENAI_API_KEY`);
    expect(results.every((r) => !r.ok && r.failure === "endpoint")).toBe(true);
  });

  it("calls an unreachable endpoint three times in all, then fails every case at once with one line naming the host", async () => {
    const sim = await simulator();
    const url = sim.url;
    await sim.close();
    const gen = generator(url);
    const request = await emailRequest({ maxRetries: 8 });
    const results = await Promise.all(Array.from({ length: 5 }, () => gen.generate(request)));
    expect(gen.stats().calls).toBeLessThanOrEqual(8);
    const reasons = results.map((r) => (r.ok ? "" : r.reason));
    expect(new Set(reasons)).toEqual(new Set([`cannot reach the model endpoint ${new URL(url).host} (connection refused (ECONNREFUSED)); check OPENAI_BASE_URL`]));
    expect(results.every((r) => !r.ok && r.failure === "endpoint")).toBe(true);
  });

  it("stops calling when the run's call budget is spent, and says so", async () => {
    const server = await endpoint([{ kind: "status", status: 503 }]);
    const budget = new CallBudget({ maxCalls: 5 });
    const gen = generator(server.url, { budget });
    const first = await gen.generate(await emailRequest({ maxRetries: 10 }));
    const second = await gen.generate(await emailRequest({ maxRetries: 10 }));
    expect(server.requests).toHaveLength(5);
    expect(!first.ok && first.failure).toBe("budget");
    expect(!second.ok && second.reason).toBe("the run's budget of 5 model calls is spent; no further model calls were made");
    expect(gen.stats().budgetSpent).toBe("the run's budget of 5 model calls is spent; no further model calls were made");
  });

  it("stops at the case's attempt budget", async () => {
    const server = await endpoint([{ kind: "status", status: 500 }]);
    const result = await generator(server.url).generate(await emailRequest({ maxRetries: 50, maxAttempts: 3 }));
    expect(server.requests).toHaveLength(3);
    expect(!result.ok && result.reason).toMatch(/this case's attempts are spent$/);
  });

  it("stops at the run's deadline", async () => {
    const server = await endpoint([{ kind: "hang" }]);
    const gen = generator(server.url, { budget: new CallBudget({ deadlineMs: 300 }) });
    const started = Date.now();
    const result = await gen.generate(await emailRequest({ maxRetries: 5 }));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(!result.ok && result.reason).toMatch(/the run's deadline of 0\.3 s has passed; no further model calls were made$/);
  });
});

describe("configuration and identity", () => {
  it("sends no Authorization header when no key is configured (a local server)", async () => {
    const good = await validAnswer();
    const server = await endpoint([{ kind: "json", content: good }]);
    const result = await createGenerator({ baseURL: server.url, apiKey: "" }).generate(await emailRequest());
    expect(result.ok).toBe(true);
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
  });

  it("knows the bundled simulator's answers, and another endpoint's, for what they are", async () => {
    const sim = await simulator();
    const simulated = await generator(sim.url).generate(await emailRequest());
    const server = await endpoint([{ kind: "json", content: await validAnswer() }]);
    const real = await generator(server.url).generate(await emailRequest());
    expect(simulated.ok && simulated.simulated).toBe(true);
    expect(real.ok && real.simulated).toBe(false);
  });

  it("takes an echoed key out of reasons and answers, with or without its prefix", async () => {
    const key = "sk-proj-Zq8XkT2mWv9LpR4sN7yB1cD5";
    const server = await endpoint([{ kind: "status", status: 400, message: "Bad key Zq8XkT2mWv9LpR4sN7yB1cD5 for this model" }]);
    const result = await createGenerator({ baseURL: server.url, apiKey: key }).generate(await emailRequest());
    if (result.ok) throw new Error("expected a failure");
    expect(result.reason).toContain("Bad key [redacted] for this model");
    expect(JSON.stringify(result)).not.toContain("Zq8XkT2mWv9LpR4sN7yB1cD5");
  });
});
