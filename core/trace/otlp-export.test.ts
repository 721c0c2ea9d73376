import { createServer } from "node:http";
import type { IncomingHttpHeaders, Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { exportTraceFromEnv, exportTraceOtlp, parseOtlpHeaders } from "./otlp-export.ts";
import type { OtlpSpan, OtlpTraceRequest } from "./otlp-spans.ts";
import { issueExampleTrace } from "./example-trace.ts";

/** A real OTLP/HTTP receiver on 127.0.0.1: records each request's path, headers and parsed body. */
interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: OtlpTraceRequest;
  /** When the request arrived (performance.now()): the gap between two is the wait before a retry. */
  at: number;
}
let server: Server;
let endpoint = "";
let received: Received[] = [];
let reply: { status: number; body: string; retryAfter?: string } = { status: 200, body: "{}" };
let replies: (typeof reply)[] = []; // consumed one a request before falling back to `reply`

beforeEach(async () => {
  received = [];
  reply = { status: 200, body: "{}" };
  replies = [];
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString("utf8")), at: performance.now() });
      const answer = replies.shift() ?? reply;
      const headers = { "content-type": "application/json", ...(answer.retryAfter ? { "retry-after": answer.retryAfter } : {}) };
      res.writeHead(answer.status, headers).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function spansOf(request: Received): OtlpSpan[] {
  return request.body.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans));
}
function attrs(span: OtlpSpan | undefined): Record<string, unknown> {
  return Object.fromEntries((span?.attributes ?? []).map((a) => [a.key, Object.values(a.value)[0]]));
}

const RECORD = issueExampleTrace({
  trace_id: "trace_4bf92f3577b34da6a3ce929d0e0e4736",
  evals: [
    { id: "schema_validity", status: "pass" },
    { id: "grounding", status: "fail" },
  ],
});

describe("exportTraceOtlp against a local OTLP/HTTP receiver", () => {
  it("POSTs one JSON request to <endpoint>/v1/traces with the collector's headers", async () => {
    expect(await exportTraceOtlp(RECORD, `${endpoint}/`, fetch, { headers: { "x-honeycomb-team": "k1" } })).toBeNull();
    expect(received).toHaveLength(1);
    expect(received[0]?.method).toBe("POST");
    expect(received[0]?.url).toBe("/v1/traces");
    expect(received[0]?.headers["content-type"]).toBe("application/json");
    expect(received[0]?.headers["x-honeycomb-team"]).toBe("k1");
    expect(attrs({ attributes: received[0]!.body.resourceSpans[0]!.resource.attributes } as OtlpSpan)["service.name"]).toBe("copygate");
  });

  it("sends a root span for the run, a chat span and one span per eval, all in the run's trace", async () => {
    await exportTraceOtlp(RECORD, endpoint);
    const spans = spansOf(received[0]!);
    expect(spans.map((s) => s.name)).toEqual([
      "copygate.generate trial_expiration_email",
      "chat gpt-4.1",
      "evaluation schema_validity",
      "evaluation grounding",
    ]);
    const [root, ...children] = spans;
    for (const span of spans) {
      expect(span.traceId).toBe("4bf92f3577b34da6a3ce929d0e0e4736"); // the copygate id, without the prefix
      expect(span.spanId).toMatch(/^[0-9a-f]{16}$/);
    }
    expect(new Set(spans.map((s) => s.spanId)).size).toBe(4);
    expect(root?.parentSpanId).toBeUndefined();
    for (const child of children) expect(child.parentSpanId).toBe(root?.spanId);
  });

  it("gives the chat span the gen_ai attributes, the usage, and the prompt version and run ids", async () => {
    await exportTraceOtlp(RECORD, endpoint);
    const chat = spansOf(received[0]!).find((s) => s.name === "chat gpt-4.1");
    expect(chat?.kind).toBe(3); // CLIENT: a call out to the model API
    expect(chat?.startTimeUnixNano).toBe("1780302600000000000"); // 2026-06-01T08:30:00Z
    expect(chat?.endTimeUnixNano).toBe("1780302601840000000"); // + 1840 ms
    expect(chat?.attributes).toEqual(
      expect.arrayContaining([
        { key: "gen_ai.operation.name", value: { stringValue: "chat" } },
        { key: "gen_ai.provider.name", value: { stringValue: "openai" } },
        { key: "gen_ai.request.model", value: { stringValue: "gpt-4.1" } },
        { key: "gen_ai.request.temperature", value: { doubleValue: 0.4 } },
        { key: "gen_ai.usage.input_tokens", value: { intValue: "2180" } },
        { key: "gen_ai.usage.output_tokens", value: { intValue: "642" } },
        { key: "gen_ai.prompt.name", value: { stringValue: "trial_expiration_email" } },
        { key: "copygate.prompt.version", value: { stringValue: "trial_expiration_email:v7" } },
        { key: "copygate.run_id", value: { stringValue: "run_2026_06_01_0830" } },
        { key: "copygate.trace_id", value: { stringValue: "trace_4bf92f3577b34da6a3ce929d0e0e4736" } },
      ]),
    );
  });

  it("labels each eval span pass or fail and puts the run's decisions on the root span", async () => {
    await exportTraceOtlp(RECORD, endpoint);
    const spans = spansOf(received[0]!);
    expect(attrs(spans.find((s) => s.name === "evaluation grounding"))).toMatchObject({
      "gen_ai.evaluation.name": "grounding",
      "gen_ai.evaluation.score.label": "fail",
    });
    expect(attrs(spans.find((s) => s.name === "evaluation schema_validity"))["gen_ai.evaluation.score.label"]).toBe("pass");
    expect(attrs(spans[0])).toMatchObject({
      "copygate.approval.status": "escalated",
      "copygate.publish.status": "blocked",
      "copygate.publish.reason": "stale product usage for partial audience",
      "copygate.input.approved_claims_version": "claims_v14",
      "copygate.verdict": "review",
    });
  });

  it("sends one chat span per recorded model call, none for a fallback template, and each fallback as a root event", async () => {
    const record = issueExampleTrace({
      generations: [
        { variant: "personalized:admin", model: "gpt-4.1", latency_ms: 900, input_tokens: 1100, output_tokens: 320, started_at: "2026-06-01T08:30:01Z" },
        { variant: "personalized:analyst", model: "gpt-4.1-mini", latency_ms: 700, input_tokens: 1080, output_tokens: 322, cached: true },
        { variant: "generic", model: "gpt-4.1", latency_ms: 0, input_tokens: 0, output_tokens: 0, source: "fallback_template" },
      ],
      generation: { latency_ms: 1600, input_tokens: 2180, output_tokens: 642, calls: 2, fallbacks: [{ variant: "generic", to: "fallback_template", reason: "HTTP 503 after 3 attempts" }] },
    });
    await exportTraceOtlp(record, endpoint);
    const spans = spansOf(received[0]!);
    const chats = spans.filter((s) => s.name.startsWith("chat "));
    expect(chats.map((s) => [s.name, attrs(s)["copygate.variant"], attrs(s)["gen_ai.usage.input_tokens"]])).toEqual([
      ["chat gpt-4.1", "personalized:admin", "1100"],
      ["chat gpt-4.1-mini", "personalized:analyst", "1080"],
    ]);
    expect(chats[0]?.startTimeUnixNano).toBe("1780302601000000000");
    expect(spans[0]?.endTimeUnixNano).toBe("1780302601900000000"); // the root covers its latest child
    expect(spans[0]?.events?.map((e) => attrs(e as unknown as OtlpSpan))).toEqual([
      { "copygate.variant": "generic", "copygate.fallback.to": "fallback_template", "copygate.fallback.reason": "HTTP 503 after 3 attempts" },
    ]);
  });

  it("maps a short trace id to a stable 32-hex id, the same on every export", async () => {
    await exportTraceOtlp(issueExampleTrace(), endpoint);
    await exportTraceOtlp(issueExampleTrace(), endpoint);
    const [first, second] = received.map(spansOf);
    expect(first?.[0]?.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(first?.map((s) => [s.traceId, s.spanId])).toEqual(second?.map((s) => [s.traceId, s.spanId]));
  });
});

describe("exportTraceOtlp when the collector is unhappy", () => {
  it("returns a warning naming the HTTP status and never throws", async () => {
    reply = { status: 400, body: "{}" };
    expect(await exportTraceOtlp(issueExampleTrace(), endpoint)).toBe(
      `OTLP export of trace_9f42a1 to ${endpoint}/v1/traces failed: HTTP 400 Bad Request; the trace is still in .copygate/traces`,
    );
    expect(received).toHaveLength(1); // a bad request is not retried
  });

  it("retries once after a retryable status, honouring Retry-After", async () => {
    replies = [{ status: 429, body: "{}", retryAfter: "0" }];
    expect(await exportTraceOtlp(issueExampleTrace(), endpoint)).toBeNull();
    expect(received).toHaveLength(2);
    expect(received[1]?.body).toEqual(received[0]?.body);
  });

  it("gives up with a warning when the collector is still unavailable after the retry", async () => {
    reply = { status: 503, body: "{}", retryAfter: "0" };
    expect(await exportTraceOtlp(issueExampleTrace(), endpoint)).toBe(
      `OTLP export of trace_9f42a1 to ${endpoint}/v1/traces failed: HTTP 503 Service Unavailable; the trace is still in .copygate/traces`,
    );
    expect(received).toHaveLength(2);
  });

  it("caps a long Retry-After so a busy collector cannot hold the run up", async () => {
    replies = [{ status: 503, body: "{}", retryAfter: "3600" }];
    expect(await exportTraceOtlp(issueExampleTrace(), endpoint)).toBeNull();
    expect(received).toHaveLength(2);
    // The retry waits the cap (2 s), not the hour asked for: a bound far above the cap and far below
    // an hour holds on a loaded machine. (Timers never fire early, so the lower bound is safe too.)
    const waited = received[1]!.at - received[0]!.at;
    expect(waited).toBeGreaterThanOrEqual(1_900);
    expect(waited).toBeLessThan(20_000);
  });

  it("reports spans the collector rejected in a partial success", async () => {
    reply = { status: 200, body: JSON.stringify({ partialSuccess: { rejectedSpans: "2", errorMessage: "span too old" } }) };
    expect(await exportTraceOtlp(issueExampleTrace(), endpoint)).toBe(
      `OTLP export of trace_9f42a1 to ${endpoint}/v1/traces partly failed: 2 span(s) rejected: span too old`,
    );
  });

  it("returns a warning when nothing listens at the endpoint", async () => {
    await new Promise((resolve) => server.close(resolve));
    const warning = await exportTraceOtlp(issueExampleTrace(), endpoint);
    expect(warning).toMatch(new RegExp(`^OTLP export of trace_9f42a1 to ${endpoint}/v1/traces failed: .*ECONNREFUSED.*; the trace is still in .copygate/traces$`));
    server = createServer().listen(0); // afterEach closes whatever server is current
  });

  it("refuses to send a record with personal data, without printing it", async () => {
    const warning = await exportTraceOtlp(issueExampleTrace({ inputs: { owner: "ana@lumora.io" } }), endpoint);
    expect(warning).toContain("trace field inputs.owner holds what looks like an email address");
    expect(warning).not.toContain("ana@lumora.io");
    expect(received).toHaveLength(0);
  });

  it("keeps credentials in the endpoint URL out of the warning", async () => {
    reply = { status: 401, body: "{}" };
    const withSecret = endpoint.replace("http://", "http://user:s3cret@");
    const warning = await exportTraceOtlp(issueExampleTrace(), withSecret, (url, init) => fetch(String(url).replace("user:s3cret@", ""), init));
    expect(warning).toContain("HTTP 401");
    expect(warning).not.toContain("s3cret");
  });
});

describe("exportTraceFromEnv", () => {
  it("does nothing and sends nothing when no OTLP endpoint is configured", async () => {
    expect(await exportTraceFromEnv(issueExampleTrace(), {})).toBeNull();
    expect(received).toHaveLength(0);
  });

  it("exports to OTEL_EXPORTER_OTLP_ENDPOINT with the decoded OTEL_EXPORTER_OTLP_HEADERS", async () => {
    const env = { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_EXPORTER_OTLP_HEADERS: "api-key=abc%3D%3D, x-tenant = lumora" };
    expect(await exportTraceFromEnv(issueExampleTrace(), env)).toBeNull();
    expect(received[0]?.url).toBe("/v1/traces");
    expect(received[0]?.headers["api-key"]).toBe("abc==");
    expect(received[0]?.headers["x-tenant"]).toBe("lumora");
  });

  it("uses OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as the full URL, as the OpenTelemetry spec says", async () => {
    expect(await exportTraceFromEnv(issueExampleTrace(), { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${endpoint}/custom/traces` })).toBeNull();
    expect(received[0]?.url).toBe("/custom/traces");
  });

  it("stays off when OTEL_SDK_DISABLED is true", async () => {
    expect(await exportTraceFromEnv(issueExampleTrace(), { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SDK_DISABLED: "true" })).toBeNull();
    expect(received).toHaveLength(0);
  });
});

describe("parseOtlpHeaders", () => {
  it("reads k=v pairs, trims spaces, keeps = inside values and skips empty pairs", () => {
    expect(parseOtlpHeaders("a=1,,b = x=y , =nokey, c=%20spaced")).toEqual({ a: "1", b: "x=y", c: " spaced" });
  });
});
