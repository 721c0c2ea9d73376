/**
 * The deterministic checks on their own (issue 13): start-up (the checks and the compromise tagger
 * loaded in a fresh process), then one draft at a time as `copygate check` runs it, on 80 distinct
 * drafts (the grounding held-out batch, so no sentence is cached), and again with every sentence
 * seen before (the eval suite's case: the same fallback and simulator sentences over and over).
 * "Before" is the same run without the checks issue 13 added, so the overhead per case is measured.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { BenchRow } from "./measure.ts";
import { peakRssMb } from "./measure.ts";

const ROOT = resolve(import.meta.dirname, "..");
const BATCH = "test/fixtures/drafts/grounding-holdout";
const ADDED = new Set(["sentence_grounding", "offer_terms", "placeholders", "personal_data", "self_reference"]);
const TARGET_MS = 500;

function row(name: string, wallMs: number, note: string, target?: BenchRow["target"]): BenchRow {
  return { name, calls: 0, concurrency: 1, latencyMs: 0, wallMs, limitMs: 0, simulatorRequests: 0, peakRssMb: peakRssMb(), target, note };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

export async function checkRows(): Promise<BenchRow[]> {
  let started = performance.now();
  await import("compromise");
  const taggerMs = performance.now() - started;
  started = performance.now();
  const evals = await import("../core/evals/index.ts");
  const evalsMs = performance.now() - started;
  started = performance.now();
  const { ctx } = await evals.loadCheckContext(ROOT, "campaigns/trial-expiration-3d");
  const contextMs = performance.now() - started;

  const drafts = readdirSync(join(ROOT, BATCH)).filter((f) => f.endsWith(".json")).sort()
    .map((f) => evals.stripAnnotations(JSON.parse(readFileSync(join(ROOT, BATCH, f), "utf8")) as Record<string, unknown>));
  const before = evals.CHECK_IDS.filter((id) => !ADDED.has(id));
  const time = (ids?: string[]) => drafts.map((d) => {
    const t = performance.now();
    evals.runChecks(d, ctx, ids);
    return performance.now() - t;
  }).sort((a, b) => a - b);
  const withoutNew = time(before);
  const cold = time();
  const warm = time();
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const per = (xs: number[]) => `median ${percentile(xs, 0.5).toFixed(1)} ms, p95 ${percentile(xs, 0.95).toFixed(1)} ms, max ${(xs[xs.length - 1] ?? 0).toFixed(1)} ms`;
  return [
    row("checks start-up", taggerMs + evalsMs + contextMs, `compromise import ${taggerMs.toFixed(0)} ms, checks import ${evalsMs.toFixed(0)} ms, campaign context ${contextMs.toFixed(0)} ms`),
    row("one draft, before #13 checks", percentile(withoutNew, 0.95), `${drafts.length} drafts: ${per(withoutNew)}`),
    row("one draft, all checks, unseen", percentile(cold, 0.95), `${drafts.length} drafts: ${per(cold)}; added per draft ${(mean(cold) - mean(withoutNew)).toFixed(1)} ms`, { text: `p95 ≤ ${TARGET_MS} ms after start-up`, met: percentile(cold, 0.95) <= TARGET_MS }),
    row("one draft, all checks, seen sentences", percentile(warm, 0.95), `${drafts.length} drafts: ${per(warm)}; added per suite case ${(mean(warm) - mean(withoutNew)).toFixed(1)} ms`),
  ];
}
