/**
 * Generation throughput against the bundled simulator: N distinct calls at a fixed latency through
 * one Generator, compared with the physical limit ceil(N / concurrency) × latency; then the same
 * calls warm (cache), then cold again with 30% of answers 429 + Retry-After.
 * Run: node bin/run-ts.js bench/generate-throughput.ts [--calls 240] [--latency-ms 200] [--concurrency 16]
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createGenerator, type GenerateRequest, type GenerateResult } from "../core/generate/index.ts";
import { renderTrialPrompt } from "../simulator/fixtures.ts";
import { startSimulator, type SimulatorOptions } from "../simulator/index.ts";

const { values } = parseArgs({ options: { calls: { type: "string", default: "240" }, "latency-ms": { type: "string", default: "200" }, concurrency: { type: "string", default: "16" } } });
const calls = Number(values.calls);
const latencyMs = Number(values["latency-ms"]);
const concurrency = Number(values.concurrency);
const limitMs = Math.ceil(calls / concurrency) * latencyMs;

const { messages, outputSchema } = await renderTrialPrompt();
const requests: GenerateRequest[] = Array.from({ length: calls }, (_, i) => ({
  messages: [...messages, { role: "user", content: `Historical brief ${i}.` }],
  outputSchema,
  schemaName: "trial_expiration_email",
  settings: { model: "gpt-4.1", temperature: 0.4, maxRetries: 20 },
}));

async function round(label: string, simOptions: SimulatorOptions, cacheDir: string | null): Promise<void> {
  const sim = await startSimulator({ seed: "bench", latencyMs, ...simOptions });
  const generator = createGenerator({ baseURL: sim.url, apiKey: "bench", cacheDir, concurrency });
  const started = performance.now();
  const results: GenerateResult[] = await Promise.all(requests.map((request) => generator.generate(request)));
  const wallMs = performance.now() - started;
  await sim.close();
  const ok = results.filter((r) => r.ok).length;
  const stats = generator.stats();
  console.log(
    `${label.padEnd(5)} wall ${(wallMs / 1000).toFixed(2)} s · limit ${(limitMs / 1000).toFixed(2)} s · ratio ${(wallMs / limitMs).toFixed(2)} · ` +
      `requests seen ${sim.requestCount()} · cache hits ${stats.cacheHits} · 429s ${stats.rateLimited} · ok ${ok}/${calls} · lost ${calls - results.length}`,
  );
}

const cacheDir = await mkdtemp(join(tmpdir(), "copygate-bench-"));
try {
  console.log(`generate throughput: ${calls} calls, ${latencyMs} ms simulated latency, concurrency ${concurrency}, node ${process.version}`);
  await round("cold", {}, cacheDir);
  await round("warm", {}, cacheDir);
  await round("429s", { rate429: 0.3, retryAfterSeconds: 0.2 }, null);
  if (process.env.BENCH_CAP) await round("cap8", { maxConcurrent: 8, retryAfterSeconds: 0.2 }, null);
} finally {
  await rm(cacheDir, { recursive: true, force: true });
}
