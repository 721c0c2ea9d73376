/**
 * Generation throughput against the bundled simulator: N distinct calls at a fixed latency through
 * one Generator, compared with the physical limit ceil(N / concurrency) × latency; then the same
 * calls warm (cache), then cold again with 30% of answers 429 + Retry-After, then against a server
 * that allows only 8 requests in flight. The simulator runs as its own process (`copygate simulate`),
 * as a real provider would, so its CPU does not share this event loop; --in-process to compare.
 * Run: node bin/run-ts.js bench/generate-throughput.ts [--calls 240] [--latency-ms 200] [--concurrency 16] [--in-process]
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createGenerator, type GenerateRequest, type GenerateResult } from "../core/generate/index.ts";
import { renderTrialPrompt } from "../simulator/fixtures.ts";
import { startSimulator } from "../simulator/index.ts";

const { values } = parseArgs({
  options: {
    calls: { type: "string", default: "240" },
    "latency-ms": { type: "string", default: "200" },
    concurrency: { type: "string", default: "16" },
    "in-process": { type: "boolean", default: false },
  },
});
const calls = Number(values.calls);
const latencyMs = Number(values["latency-ms"]);
const concurrency = Number(values.concurrency);

interface BenchServer {
  url: string;
  requestCount(): Promise<number>;
  close(): Promise<void>;
}

/** The simulator in a child process; its request count is read from its exit line. */
async function childSimulator(flags: string[]): Promise<BenchServer> {
  const child = spawn(process.execPath, ["bin/copygate.js", "simulate", "--seed", "bench", "--latency-ms", String(latencyMs), ...flags], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const match = /listening on (\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`simulator exited early with ${code}`)));
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    url,
    close: async () => {
      child.kill("SIGTERM");
      await exited;
    },
    requestCount: async () => {
      await exited;
      return Number(/stopped after (\d+) request/.exec(output)?.[1] ?? NaN);
    },
  };
}

async function inProcessSimulator(flags: string[]): Promise<BenchServer> {
  const rate429 = flags.includes("--rate-429") ? 0.3 : 0;
  const maxConcurrent = flags.includes("--max-concurrent") ? 8 : undefined;
  const sim = await startSimulator({ seed: "bench", latencyMs, rate429, maxConcurrent, retryAfterSeconds: 0.2 });
  return { url: sim.url, close: () => sim.close(), requestCount: async () => sim.requestCount() };
}

const { messages, outputSchema } = await renderTrialPrompt();
const requests: GenerateRequest[] = Array.from({ length: calls }, (_, i) => ({
  messages: [...messages, { role: "user", content: `Historical brief ${i}.` }],
  outputSchema,
  schemaName: "trial_expiration_email",
  settings: { model: "gpt-4.1", temperature: 0.4, maxRetries: 30 },
}));

async function round(label: string, flags: string[], cacheDir: string | null, limitConcurrency = concurrency): Promise<void> {
  const server = values["in-process"] ? await inProcessSimulator(flags) : await childSimulator(flags);
  const generator = createGenerator({ baseURL: server.url, apiKey: "bench", cacheDir, concurrency });
  const started = performance.now();
  const results: GenerateResult[] = await Promise.all(requests.map((request) => generator.generate(request)));
  const wallMs = performance.now() - started;
  await server.close();
  const limitMs = Math.ceil(calls / limitConcurrency) * latencyMs;
  const ok = results.filter((r) => r.ok).length;
  const stats = generator.stats();
  console.log(
    `${label.padEnd(6)} wall ${(wallMs / 1000).toFixed(2)} s · limit ${(limitMs / 1000).toFixed(2)} s · ratio ${(wallMs / limitMs).toFixed(2)} · ` +
      `requests seen ${await server.requestCount()} · cache hits ${stats.cacheHits} · 429s ${stats.rateLimited} · ok ${ok}/${calls} · lost ${calls - results.length}`,
  );
}

const cacheDir = await mkdtemp(join(tmpdir(), "copygate-bench-"));
try {
  const where = values["in-process"] ? "in this process" : "in its own process";
  console.log(`generate throughput: ${calls} calls, ${latencyMs} ms simulated latency, concurrency ${concurrency}, simulator ${where}, node ${process.version}`);
  await round("cold", [], cacheDir);
  await round("warm", [], cacheDir);
  await round("429s", ["--rate-429", "0.3", "--retry-after", "0.2"], null);
  await round("cap 8", ["--max-concurrent", "8", "--retry-after", "0.2"], null, 8);
} finally {
  await rm(cacheDir, { recursive: true, force: true });
}
