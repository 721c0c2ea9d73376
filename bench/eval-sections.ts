/**
 * The eval suite's bench sections (issue 4): 120 cases × 2 versions at 200 ms a call, cold and warm
 * cache, at concurrency 4 and 16; 10,000 cases at concurrency 64 for memory; 30% 429s with Retry-After.
 * The simulator runs in a child process, so the suite's wall time and memory are its own.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { executeSuite, LARGE_SUITE_RUNS, SUITE_V8_FLAGS, type ExecuteSuiteOptions } from "../core/suite/index.ts";
import type { SimulatorOptions } from "../simulator/index.ts";
import { peakRssMb, physicalLimitMs, type BenchRow } from "./measure.ts";
import { startSimulatorProcess, type SimulatorProcess } from "./simulator-process.ts";

const ROOT = resolve(import.meta.dirname, "..");
const WORKFLOW = "trial_expiration_email";
const DATASET = "datasets/trial_expiration_email/historical_briefs.jsonl";

interface SuiteRunSpec {
  simulator: SimulatorOptions;
  concurrency: number;
  cacheDir: string | null;
  datasets?: string[];
}

/**
 * One suite run against a simulator process (a fresh one unless given); returns wall time, requests
 * seen and the results. A warm run reuses the cold run's simulator: the cache is keyed by the
 * endpoint, and a simulator on another port is another endpoint.
 */
async function timedSuite(spec: SuiteRunSpec, running?: SimulatorProcess) {
  // The same V8 setting copygate eval uses for a suite run.
  const simulator = running ?? (await startSimulatorProcess({ seed: "bench", ...spec.simulator }));
  try {
    const before = running ? await simulator.stats() : { requests: 0, byStatus: {} as Record<string, number> };
    const options: ExecuteSuiteOptions = {
      root: ROOT, workflow: WORKFLOW, candidate: "8", baseline: "production", datasets: spec.datasets ?? [DATASET],
      connection: { baseURL: simulator.url, apiKey: "bench" }, cacheDir: spec.cacheDir, concurrency: spec.concurrency,
      repeat: 1, shard: null, judgeModel: null,
    };
    const started = performance.now();
    const results = await executeSuite(options);
    const wallMs = performance.now() - started;
    const stats = await simulator.stats();
    return { wallMs, results, simulatorRequests: stats.requests - before.requests, byStatus: stats.byStatus };
  } finally {
    if (!running) await simulator.close();
  }
}

function ended(results: Awaited<ReturnType<typeof timedSuite>>["results"]): { ok: number; errors: number; missing: number } {
  let ok = 0, errors = 0, missing = 0;
  for (const c of results.cases) {
    for (const run of [c.candidate[0], c.baseline[0]]) {
      if (!run) missing++;
      else if (run.ok) ok++;
      else errors++;
    }
  }
  missing += (results.total_cases - results.cases.length) * 2;
  return { ok, errors, missing };
}

/** Cold then warm at one concurrency, 200 ms a call, judges off (240 calls, as the anchor measured). */
export async function latencyRows(concurrency: number): Promise<BenchRow[]> {
  const cacheDir = await mkdtemp(join(tmpdir(), "copygate-bench-cache-"));
  // 120 distinct cases: the historical set repeats some inputs, and a cold run must make every call.
  const file = await syntheticDataset(120);
  const latencyMs = 200;
  const simulator = await startSimulatorProcess({ seed: "bench", latencyMs });
  try {
    const rows: BenchRow[] = [];
    for (const temperature of ["cold", "warm"] as const) {
      const run = await timedSuite({ simulator: { latencyMs }, concurrency, cacheDir, datasets: [file] }, simulator);
      const calls = run.results.cases.length * 2;
      const limitMs = temperature === "cold" ? physicalLimitMs(calls, concurrency, latencyMs) : 0;
      const row: BenchRow = { name: `120×2 c${concurrency} ${temperature}`, calls, concurrency, latencyMs, wallMs: run.wallMs, limitMs,
        simulatorRequests: run.simulatorRequests, peakRssMb: peakRssMb(), note: undefined };
      if (temperature === "cold" && concurrency === 16) row.target = { text: "wall/limit ≤ 1.15", met: run.wallMs / limitMs <= 1.15 };
      if (temperature === "warm") row.target = { text: "zero model calls", met: run.simulatorRequests === 0 && run.results.stats.calls === 0 };
      const { errors, missing } = ended(run.results);
      const shared = temperature === "cold" ? calls - run.simulatorRequests : 0;
      const notes = [
        ...(shared > 0 ? [`${shared} runs answered by the cache within the cold run (the dataset repeats some inputs: identical prompts)`] : []),
        ...(errors + missing > 0 ? [`${errors} errors, ${missing} missing`] : []),
      ];
      if (notes.length > 0) row.note = notes.join("; ");
      rows.push(row);
    }
    return rows;
  } finally {
    await simulator.close();
    await rm(cacheDir, { recursive: true, force: true });
    await rm(resolve(file, ".."), { recursive: true, force: true });
  }
}

/** Cases made from the historical briefs, each with its own id and usage figures (so every prompt differs), streamed to disk. */
async function syntheticDataset(count: number): Promise<string> {
  const rows = (await readFile(join(ROOT, DATASET), "utf8")).split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as { id: string; input: { audience: Record<string, unknown> } });
  const dir = await mkdtemp(join(tmpdir(), "copygate-bench-data-"));
  const file = join(dir, "synthetic_briefs.jsonl");
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) {
    const row = rows[i % rows.length]!;
    const audience = { ...row.input.audience, usage_summary: `Created ${i % 17} dashboards, ran ${(i * 7) % 400} queries, invited ${i % 5} teammates; last active ${i % 9} days ago.` };
    const line = `${JSON.stringify({ ...row, id: `synthetic_${String(i + 1).padStart(5, "0")}`, input: { ...row.input, audience } })}\n`;
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return file;
}

export async function memoryRows(): Promise<BenchRow[]> {
  const cases = 10_000;
  const concurrency = 64;
  const latencyMs = 20;
  const file = await syntheticDataset(cases);
  const run = await timedSuite({ simulator: { latencyMs }, concurrency, cacheDir: null, datasets: [file] });
  await rm(resolve(file, ".."), { recursive: true, force: true });
  const { errors, missing } = ended(run.results);
  const rss = peakRssMb();
  return [{
    name: "10,000×2 c64 memory", calls: cases * 2, concurrency, latencyMs, wallMs: run.wallMs,
    limitMs: physicalLimitMs(cases * 2, concurrency, latencyMs), simulatorRequests: run.simulatorRequests, peakRssMb: rss,
    target: { text: "peak RSS < 250 MB, no lost case", met: rss < 250 && errors + missing === 0 },
    note: `latency lowered to ${latencyMs} ms to keep the section short (memory, not speed, is measured); no response cache; simulator in its own process; ${SUITE_V8_FLAGS} as every suite of ${LARGE_SUITE_RUNS} runs or more sets it; ${errors} errors, ${missing} missing`,
  }];
}

export async function rateLimitRows(): Promise<BenchRow[]> {
  const concurrency = 16;
  const latencyMs = 50;
  const file = await syntheticDataset(120);
  const run = await timedSuite({ simulator: { latencyMs, rate429: 0.3, retryAfterSeconds: 0.5 }, concurrency, cacheDir: null, datasets: [file] });
  await rm(resolve(file, ".."), { recursive: true, force: true });
  const { ok, errors, missing } = ended(run.results);
  const calls = run.results.cases.length * 2;
  return [{
    name: "120×2 c16 30% 429", calls, concurrency, latencyMs, wallMs: run.wallMs, limitMs: physicalLimitMs(calls, concurrency, latencyMs),
    simulatorRequests: run.simulatorRequests, peakRssMb: peakRssMb(),
    target: { text: "no lost case", met: ok === calls && errors === 0 && missing === 0 },
    note: `${run.byStatus["429"] ?? 0} answers were 429 (Retry-After 0.5 s); ${ok}/${calls} runs ended with a result, ${errors} with a recorded error, ${missing} missing; the limit ignores the retries`,
  }];
}

/** 5% HTTP 500 or 10% connections dropped mid-answer (bundled simulator): every run must end with a result. */
export async function faultRows(kind: "5xx" | "drop"): Promise<BenchRow[]> {
  const concurrency = 16;
  const latencyMs = 50;
  const file = await syntheticDataset(120);
  const simulator: SimulatorOptions = kind === "5xx" ? { latencyMs, rate5xx: 0.05 } : { latencyMs, rateDrop: 0.1 };
  const run = await timedSuite({ simulator, concurrency, cacheDir: null, datasets: [file] });
  await rm(resolve(file, ".."), { recursive: true, force: true });
  const { ok, errors, missing } = ended(run.results);
  const calls = run.results.cases.length * 2;
  const injected = kind === "5xx" ? `${(run.byStatus["500"] ?? 0) + (run.byStatus["502"] ?? 0) + (run.byStatus["503"] ?? 0)} answers were 5xx` : "10% of answers dropped mid-body";
  return [{
    name: `120×2 c16 ${kind === "5xx" ? "5% 500" : "10% dropped"}`, calls, concurrency, latencyMs, wallMs: run.wallMs, limitMs: physicalLimitMs(calls, concurrency, latencyMs),
    simulatorRequests: run.simulatorRequests, peakRssMb: peakRssMb(),
    target: { text: "no lost case", met: ok === calls && errors === 0 && missing === 0 },
    note: `${injected}; ${run.results.stats.retries} retries; ${ok}/${calls} runs ended with a result, ${errors} with a recorded error, ${missing} missing`,
  }];
}
