/**
 * One suite run end to end, given where the model is: prepare from the repository, run every case
 * (this shard's) through both versions, and put the results file together. The caller decides the
 * endpoint (a real provider or the bundled simulator) and prints.
 */
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { AdaptiveLimiter, CallBudget, createGenerator, endpointHost, type BudgetLimits, type FetchLike, type Generator, type ModelSettings, type WaitNotice } from "../generate/index.ts";
import { JUDGE_IDS } from "../evals/index.ts";
import { assembleResults } from "./assemble.ts";
import { pipelineCollaborators } from "./pipeline.ts";
import { CheckResultsCache } from "./check-cache.ts";
import { runSuite, type SuiteProgress } from "./runner.ts";
import { prepareSuite, type SuiteSetupOptions } from "./setup.ts";
import { selectShard, type Shard } from "./shard.ts";
import type { RunStats, SuiteResults } from "./types.ts";

export interface ExecuteSuiteOptions extends SuiteSetupOptions {
  root: string;
  connection: { baseURL: string; apiKey: string; fetch?: FetchLike; secrets?: string[]; endpointIdentity?: string };
  /**
   * The run's limits. maxCalls defaults to twice the calls the suite needs (runs × (1 + judges)): room
   * for every repair and resend a healthy endpoint needs, never unbounded amplification.
   */
  limits?: BudgetLimits;
  /** Per HTTP call; default 60 s. */
  timeoutMs?: number;
  onWait?: (wait: WaitNotice) => void;
  /** Response cache directory (check results are kept beside the answers); null disables both. */
  cacheDir: string | null;
  concurrency: number;
  repeat: number;
  shard: Shard | null;
  /** The model for both versions; default: the candidate prompt's model. */
  model?: string;
  /** Resends per call after endpoint failures (429s included). Default 8: a suite would rather wait out a rate limit than lose a case. */
  maxRetries?: number;
  /** How the endpoint is named in the provenance; default its host (the bundled simulator's port changes every run). */
  endpointLabel?: string;
  /** The judge model; default: the generation model; null: no judge (reviewer acceptance is skipped, never guessed). */
  judgeModel?: string | null;
  onProgress?: (progress: SuiteProgress) => void;
}

export const SUITE_MAX_RETRIES = 8;

/**
 * V8 flag a large suite sets for itself before its first model call. A suite allocates much
 * short-lived garbage (rendered prompts, HTTP bodies, check text) that lives across a model call
 * and is promoted; by default V8 lets the old space grow to ~4× the live data before collecting.
 * Measured on 3,000 cases × 2 at concurrency 64: peak RSS 248 MB → 142 MB, wall time unchanged.
 * A small suite has little to keep and pays in collections: a warm re-run of 240 runs took about
 * 30 ms longer with it, so only suites of LARGE_SUITE_RUNS runs or more set it.
 */
export const SUITE_V8_FLAGS = "--optimize-for-size";
export const LARGE_SUITE_RUNS = 2_000;

export async function executeSuite(options: ExecuteSuiteOptions): Promise<SuiteResults> {
  const setup = await prepareSuite(options.root, options);
  const { candidate } = setup;
  // Same settings for both versions: the suite compares prompts, not models or temperatures.
  const settings: ModelSettings = {
    model: options.model ?? candidate.model,
    maxRetries: options.maxRetries ?? SUITE_MAX_RETRIES,
    // Resends, one repair and a fallback model each need room within one case's attempts.
    maxAttempts: (options.maxRetries ?? SUITE_MAX_RETRIES) + 4,
    ...(candidate.config.temperature !== undefined ? { temperature: candidate.config.temperature } : {}),
    ...(candidate.config.maxOutputTokens !== undefined ? { maxOutputTokens: candidate.config.maxOutputTokens } : {}),
  };
  const judgeModel = options.judgeModel === undefined ? settings.model : options.judgeModel;
  const cases = selectShard(setup.dataset.cases, options.shard);
  const runs = cases.length * 2 * options.repeat;
  if (runs >= LARGE_SUITE_RUNS) setFlagsFromString(SUITE_V8_FLAGS);
  const needed = runs * (1 + (judgeModel ? JUDGE_IDS.length : 0));
  const budget = new CallBudget({ maxCalls: 2 * needed, ...options.limits });
  const generators = new Map<number, Generator>();
  // One concurrency budget for every repeat sample's generator, so --repeat K never means K × the limit.
  const limiter = new AdaptiveLimiter(options.concurrency);
  const generatorFor = (sample: number): Generator => {
    let generator = generators.get(sample);
    if (!generator) {
      // Each repeat index keeps its own cache entries: a re-run is free, yet K runs are K samples.
      const cacheDir = options.cacheDir === null ? null : sample === 0 ? options.cacheDir : join(options.cacheDir, "samples", String(sample));
      generator = createGenerator({ ...options.connection, cacheDir, concurrency: options.concurrency, limiter, budget, ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}), ...(options.onWait ? { onWait: options.onWait } : {}) });
      generators.set(sample, generator);
    }
    return generator;
  };
  const checkCache = options.cacheDir === null ? null : CheckResultsCache.in(options.cacheDir);
  const judgeSettings = judgeModel ? { model: judgeModel, temperature: 0, maxRetries: settings.maxRetries, maxAttempts: settings.maxAttempts } : undefined;
  const run = await runSuite({
    // The generator's limiter holds HTTP calls at `concurrency`; twice as many runs in the pool keep a
    // request ready for every slot that frees while other runs parse and check their answers.
    cases, candidate, baseline: setup.baseline, settings, repeat: options.repeat, concurrency: options.concurrency * 2,
    collaborators: pipelineCollaborators({ setup, generatorFor, checkCache, endpoint: endpointHost(options.connection.baseURL), ...(judgeSettings ? { judgeSettings } : {}) }),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  await checkCache?.save();
  const stats = sumStats([...generators.values()]);
  if (checkCache) stats.checks_reused = checkCache.reused;
  return assembleResults({
    suite: setup.suite, candidate, baseline: setup.baseline, dataset: setup.dataset, repeat: options.repeat,
    model: settings.model, endpoint: options.endpointLabel ?? endpointHost(options.connection.baseURL),
    judge: judgeModel, criteria: setup.criteria, shard: options.shard, run, stats,
  });
}

function sumStats(generators: Generator[]): RunStats {
  const stats: RunStats = { calls: 0, cache_hits: 0, retries: 0, rate_limited: 0, repairs: 0 };
  for (const g of generators) {
    const s = g.stats();
    stats.calls += s.calls;
    stats.cache_hits += s.cacheHits;
    stats.retries += s.retries;
    stats.rate_limited += s.rateLimited;
    stats.repairs = (stats.repairs ?? 0) + s.repairs;
    if (s.budgetSpent) stats.budget_spent = s.budgetSpent;
  }
  return stats;
}
