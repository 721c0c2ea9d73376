/**
 * The anchor's workload (issue 10): copygate's eval suite against the shared OpenAI-compatible mock
 * the promptfoo figures were measured on (../shared/bench), 120 distinct briefs × 2 versions at
 * 200 ms a call. limit = ceil(calls the mock answered / concurrency) × latency, where concurrency is
 * the smaller of the client's and the mock's MAX_INFLIGHT (no client can be faster than that).
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { executeSuite } from "../core/suite/index.ts";
import type { SuiteResults } from "../core/suite/index.ts";
import { peakRssMb, physicalLimitMs, type BenchRow } from "./measure.ts";
import { sharedBenchAvailable, sharedBenchDir, startSharedMock, type MockStats } from "./shared-mock.ts";

const ROOT = resolve(import.meta.dirname, "..");
const LATENCY_MS = 200;
const CASES = 120;

export interface Spec {
  name: string;
  concurrency: number;
  mockEnv?: Record<string, string>;
  judges?: boolean;
  latencyMs?: number;
}

function skipped(): BenchRow[] {
  process.stderr.write(`bench: anchor workload skipped: ${join(sharedBenchDir(ROOT), "mock-openai.mjs")} not found (clone the shared/ folder beside the repository to run it)\n`);
  return [];
}

/** The shared distinct-case dataset, made by the shared script so the prompts match the anchor's. */
async function distinctDataset(): Promise<{ file: string; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), "copygate-anchor-"));
  const text = execFileSync(process.execPath, [join(sharedBenchDir(ROOT), "make-distinct.mjs"), join(ROOT, "datasets/trial_expiration_email/historical_briefs.jsonl"), String(CASES)], { encoding: "utf8" });
  const file = join(dir, "distinct120.jsonl");
  await writeFile(file, text);
  return { file, dir };
}

function lost(results: SuiteResults): number {
  let count = (results.total_cases - results.cases.length) * 2;
  for (const c of results.cases) for (const run of [c.candidate[0], c.baseline[0]]) if (!run || !run.ok) count++;
  return count;
}

export interface AnchorRun {
  wallMs: number;
  stats: SuiteResults["stats"];
  lost: number;
}

export async function runOnce(url: string, spec: Spec, file: string, cacheDir: string | null): Promise<AnchorRun> {
  const started = performance.now();
  const results = await executeSuite({
    root: ROOT, workflow: "trial_expiration_email", candidate: "8", baseline: "production", datasets: [file],
    connection: { baseURL: url, apiKey: "sk-test" }, cacheDir, concurrency: spec.concurrency, repeat: 1, shard: null,
    judgeModel: spec.judges ? "gpt-4.1" : null,
  });
  return { wallMs: performance.now() - started, stats: results.stats, lost: lost(results) };
}

/**
 * A warm re-run is a new process, as a person re-running `copygate eval` starts one: nothing the
 * cold run left in memory helps it. Timed from the start of the suite, after the process started.
 */
function rerunInNewProcess(url: string, spec: Spec, file: string, cacheDir: string): AnchorRun {
  const out = execFileSync(process.execPath, [join(ROOT, "bin", "run-ts.js"), join(ROOT, "bench", "anchor-rerun-child.ts"), JSON.stringify({ url, spec, file, cacheDir })], { encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").pop()!) as AnchorRun;
}

function row(spec: Spec, temperature: string, run: AnchorRun, stats: MockStats): BenchRow {
  const latencyMs = spec.latencyMs ?? LATENCY_MS;
  const cap = Number(spec.mockEnv?.MAX_INFLIGHT ?? Infinity);
  const answered = stats.served_200 + stats.sent_500;
  const effective = Math.min(spec.concurrency, cap);
  const limitMs = answered > 0 ? physicalLimitMs(answered, effective, latencyMs) : 0;
  const s = run.stats;
  return {
    name: `anchor ${spec.name} ${temperature}`, calls: answered, concurrency: spec.concurrency, latencyMs, wallMs: run.wallMs, limitMs,
    simulatorRequests: stats.requests_total, peakRssMb: peakRssMb(),
    note: `${stats.requests_total} requests (${stats.sent_429} × 429, ${stats.sent_500} × 500, ${stats.content_buckets.invalid_json ?? 0} invalid JSON answers); ` +
      `${s.repairs ?? 0} repairs, ${s.retries} retries; ${run.lost} runs lost${s.checks_reused ? `; ${s.checks_reused} check results reused` : ""}${effective < spec.concurrency ? `; limit at the mock's MAX_INFLIGHT=${cap}` : ""}`,
  };
}

async function measure(spec: Spec, temperatures: ("cold" | "warm")[], target: (r: BenchRow, t: string, lostRuns: number, calls: number) => BenchRow["target"]): Promise<BenchRow[]> {
  if (!sharedBenchAvailable(ROOT)) return skipped();
  const mock = await startSharedMock(ROOT, { LATENCY_MS: String(spec.latencyMs ?? LATENCY_MS), QUIET: "0", ...spec.mockEnv });
  const data = await distinctDataset();
  const cacheDir = await mkdtemp(join(tmpdir(), "copygate-anchor-cache-"));
  try {
    const rows: BenchRow[] = [];
    for (const temperature of temperatures) {
      await mock.reset();
      const run = temperature === "warm" ? rerunInNewProcess(mock.url, spec, data.file, cacheDir) : await runOnce(mock.url, spec, data.file, cacheDir);
      const stats = await mock.stats();
      const r = row(spec, temperature, run, stats);
      if (temperature === "warm") r.note = `new process; ${r.note}`;
      r.target = target(r, temperature, run.lost, run.stats.calls);
      rows.push(r);
    }
    return rows;
  } finally {
    await mock.close();
    await rm(cacheDir, { recursive: true, force: true });
    await rm(data.dir, { recursive: true, force: true });
  }
}

const warmTarget = (r: BenchRow, lostRuns: number, calls: number): BenchRow["target"] => ({
  text: "0 calls, ≤ 0.4 s", met: calls === 0 && r.simulatorRequests === 0 && r.wallMs <= 400 && lostRuns === 0,
});

function latencyTarget(max: number) {
  return (r: BenchRow, t: string, lostRuns: number, calls: number): BenchRow["target"] =>
    t === "warm" ? warmTarget(r, lostRuns, calls) : { text: `wall/limit ≤ ${max}, 0 lost`, met: r.wallMs / r.limitMs <= max && lostRuns === 0 };
}

export const anchorC16 = (): Promise<BenchRow[]> => measure({ name: "c16", concurrency: 16 }, ["cold", "warm"], latencyTarget(1.15));
export const anchorC4 = (): Promise<BenchRow[]> => measure({ name: "c4", concurrency: 4 }, ["cold", "warm"], latencyTarget(1.05));
export const anchorInflight = (): Promise<BenchRow[]> =>
  measure({ name: "c16 MAX_INFLIGHT=8", concurrency: 16, mockEnv: { MAX_INFLIGHT: "8" } }, ["cold"], latencyTarget(1.25));
export const anchorFailRate = (): Promise<BenchRow[]> =>
  measure({ name: "c16 FAIL_RATE=0.05", concurrency: 16, mockEnv: { FAIL_RATE: "0.05" } }, ["cold"], (_r, _t, lostRuns) => ({ text: "0 lost", met: lostRuns === 0 }));

/** Judges on: every judge request gets email JSON from the mock, so each is repaired once and then given up. */
export const anchorJudges = (): Promise<BenchRow[]> =>
  measure({ name: "c16 judges on", concurrency: 16, judges: true, latencyMs: 50 }, ["cold"], (r) => {
    const bound = 2 * CASES * 2 * (1 + 4);
    return { text: `requests ≤ ${bound} (2 × runs × (1 + 4 judges))`, met: r.simulatorRequests <= bound };
  });
