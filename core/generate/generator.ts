/**
 * The Generator: cache first, then the model chain (primary, then settings.fallbackModels), each
 * model with its own attempts (see attempts.ts for the policy by failure class), all HTTP calls
 * through one adaptive limiter and within the run's budget. Every generate() ends in a valid result
 * or in { ok: false, reason, failure } with every attempt recorded — nothing is dropped.
 */
import { DEFAULT_MAX_ATTEMPTS, runModel, type AttemptContext, type CaseAllowance } from "./attempts.ts";
import { CallBudget } from "./budget.ts";
import { cacheKey, readCached, writeCached, type CachedAnswer, type CacheKeyParts } from "./cache.ts";
import { EndpointHealth, endpointIdentity } from "./endpoint.ts";
import { AdaptiveLimiter } from "./limiter.ts";
import { PROVIDERS, parseModelRef } from "./providers.ts";
import { matchesSchema } from "./structured.ts";
import type { Attempt, FailureKind, GenerateRequest, GenerateResult, Generator, GeneratorOptions, TokenUsage } from "./types.ts";

const DEFAULT_CONCURRENCY = 8;
const DEFAULT_SCHEMA_NAME = "copygate_output";

export function createGenerator(options: GeneratorOptions): Generator {
  const limiter = options.limiter ?? new AdaptiveLimiter(options.concurrency ?? DEFAULT_CONCURRENCY);
  const budget = options.budget ?? new CallBudget();
  const endpoint = new EndpointHealth(options.baseURL);
  const identity = options.endpointIdentity ?? endpointIdentity(options.baseURL);
  const counters = { calls: 0, rateLimited: 0, cacheHits: 0, retries: 0, repairs: 0 };
  const contexts = new Map<string, AttemptContext>();
  const contextFor = (provider: keyof typeof PROVIDERS): AttemptContext => {
    let ctx = contexts.get(provider);
    if (!ctx) {
      ctx = {
        provider: PROVIDERS[provider]({ baseURL: options.baseURL, apiKey: options.apiKey, fetch: options.fetch, secrets: options.secrets }),
        limiter,
        backoff: { baseMs: options.backoff?.baseMs ?? 500, capMs: options.backoff?.capMs ?? 8000 },
        jsonObjectOnly: new Set(),
        counters,
        budget,
        endpoint,
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
        ...(options.slowNoticeMs !== undefined ? { slowNoticeMs: options.slowNoticeMs } : {}),
        ...(options.onWait ? { onWait: options.onWait } : {}),
      };
      contexts.set(provider, ctx);
    }
    return ctx;
  };

  /** Never rejects: an unexpected error (say, an output schema ajv cannot compile) is a recorded failure too. */
  async function generate(request: GenerateRequest): Promise<GenerateResult> {
    const started = Date.now();
    const attempts: Attempt[] = [];
    try {
      return await generateOnce(request, started, attempts);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, reason: `generation stopped by an unexpected error: ${message.slice(0, 200)}`, failure: "content", attempts, latency_ms: Date.now() - started };
    }
  }

  async function generateOnce(request: GenerateRequest, started: number, attempts: Attempt[]): Promise<GenerateResult> {
    const chain = [request.settings.model, ...(request.settings.fallbackModels ?? [])].map(parseModelRef);
    const keys = chain.map((ref) => cacheKey(keyParts(identity, ref.provider, ref.model, request)));
    const hit = options.cacheDir ? await findCached(options.cacheDir, keys, request.outputSchema) : null;
    if (hit) {
      counters.cacheHits += 1;
      return {
        ok: true, content: hit.content, model: hit.model, usage: hit.usage, latency_ms: Date.now() - started, cached: true,
        cache_origin: { endpoint: hit.endpoint, model: hit.model, created_at: hit.created_at }, attempts: [], history: hit.history, simulated: hit.simulated,
      };
    }
    const usage: TokenUsage = { input_tokens: 0, output_tokens: 0 };
    const allowance: CaseAllowance = { left: Math.max(1, request.settings.maxAttempts ?? DEFAULT_MAX_ATTEMPTS) };
    let resent = 0;
    // The first answer is the first one that arrived: a model that never answered (endpoint) does not spoil it.
    let contentFailed = false;
    let last: { failure: FailureKind; reason: string } = { failure: "content", reason: "no model was tried" };
    for (const [index, ref] of chain.entries()) {
      const run = { model: ref.model, messages: request.messages, outputSchema: request.outputSchema, schemaName: request.schemaName ?? DEFAULT_SCHEMA_NAME, settings: request.settings };
      const before = attempts.length;
      const outcome = await runModel(contextFor(ref.provider), run, attempts, allowance);
      usage.input_tokens += outcome.usage.input_tokens;
      usage.output_tokens += outcome.usage.output_tokens;
      counters.retries += attempts.length - before - (index === 0 && attempts.length > before ? 1 : 0);
      resent += outcome.resent;
      if (outcome.ok) {
        const history = { first_valid: !contentFailed && outcome.firstValid, repaired: outcome.repaired, resent, ...(index > 0 ? { fallback_model: ref.model } : {}) };
        const created_at = new Date().toISOString();
        if (options.cacheDir) {
          const key = keys[index] as string;
          await storeQuietly(options.cacheDir, { key, endpoint: identity, provider: ref.provider, model: ref.model, content: outcome.content, usage, created_at, history, simulated: outcome.simulated });
        }
        return { ok: true, content: outcome.content, model: ref.model, usage, latency_ms: Date.now() - started, cached: false, attempts, history, simulated: outcome.simulated };
      }
      last = outcome;
      if (outcome.failure === "content") contentFailed = true;
      // The run's budget is spent or the endpoint is gone: another model on the same endpoint cannot help.
      if (outcome.failure === "budget" || endpoint.down()) break;
    }
    // An endpoint given up on is one line naming the host, the same for every case.
    const reason = endpoint.down() ?? failureReason(attempts, chain.map((ref) => ref.model), last.reason);
    return { ok: false, reason, failure: last.failure, attempts, latency_ms: Date.now() - started };
  }

  return {
    generate,
    stats: () => ({
      calls: counters.calls, cacheHits: counters.cacheHits, retries: counters.retries, rateLimited: counters.rateLimited,
      concurrencyLimit: limiter.snapshot().limit, repairs: counters.repairs, ...(budget.spent() ? { budgetSpent: budget.spent() } : {}),
    }),
  };
}

function keyParts(endpoint: string, provider: string, model: string, request: GenerateRequest): CacheKeyParts {
  return {
    endpoint,
    provider,
    model,
    parameters: {
      temperature: request.settings.temperature,
      max_tokens: request.settings.maxOutputTokens,
      response_format: { name: request.schemaName ?? DEFAULT_SCHEMA_NAME, schema: request.outputSchema },
    },
    messages: request.messages,
  };
}

/** The first model of the chain with a cached answer that still matches the schema wins. */
async function findCached(cacheDir: string, keys: string[], schema: object): Promise<CachedAnswer | null> {
  for (const key of keys) {
    const answer = await readCached(cacheDir, key);
    if (answer && matchesSchema(answer.content, schema)) return answer;
  }
  return null;
}

/** A cache that cannot be written (read-only CI cache, full disk) costs a re-run later, not this result. */
async function storeQuietly(cacheDir: string, answer: CachedAnswer): Promise<void> {
  try {
    await writeCached(cacheDir, answer);
  } catch {
    // deliberately ignored: the answer is valid and returned either way
  }
}

function failureReason(attempts: Attempt[], models: string[], lastReason: string): string {
  if (attempts.length === 0) return lastReason;
  const lastAttempt = attempts[attempts.length - 1];
  const detail = lastAttempt && lastAttempt.reason === lastReason ? `${lastAttempt.error_class ?? "unknown"} (${lastReason})` : lastReason;
  return `generation failed after ${attempts.length} attempt${attempts.length === 1 ? "" : "s"} on ${models.join(", ")}; last: ${detail}`;
}
