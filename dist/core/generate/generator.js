/**
 * The Generator: cache first, then the model chain (primary, then settings.fallbackModels), each
 * model with its own retries, all HTTP calls through one adaptive limiter. Every generate() ends
 * in a valid result or in { ok: false, reason } with every attempt recorded — nothing is dropped.
 */
import { runModel } from "./attempts.js";
import { cacheKey, readCached, writeCached } from "./cache.js";
import { AdaptiveLimiter } from "./limiter.js";
import { PROVIDERS, parseModelRef } from "./providers.js";
import { checkContent } from "./structured.js";
const DEFAULT_CONCURRENCY = 8;
const DEFAULT_SCHEMA_NAME = "copygate_output";
export function createGenerator(options) {
    const limiter = options.limiter ?? new AdaptiveLimiter(options.concurrency ?? DEFAULT_CONCURRENCY);
    const counters = { calls: 0, rateLimited: 0, cacheHits: 0, retries: 0 };
    const contexts = new Map();
    const contextFor = (provider) => {
        let ctx = contexts.get(provider);
        if (!ctx) {
            ctx = {
                provider: PROVIDERS[provider]({ baseURL: options.baseURL, apiKey: options.apiKey, fetch: options.fetch }),
                limiter,
                backoff: { baseMs: options.backoff?.baseMs ?? 500, capMs: options.backoff?.capMs ?? 8000 },
                jsonObjectOnly: new Set(),
                counters,
            };
            contexts.set(provider, ctx);
        }
        return ctx;
    };
    /** Never rejects: an unexpected error (say, an output schema ajv cannot compile) is a recorded failure too. */
    async function generate(request) {
        const started = Date.now();
        const attempts = [];
        try {
            return await generateOnce(request, started, attempts);
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            return { ok: false, reason: `generation stopped by an unexpected error: ${message.slice(0, 200)}`, attempts, latency_ms: Date.now() - started };
        }
    }
    async function generateOnce(request, started, attempts) {
        const chain = [request.settings.model, ...(request.settings.fallbackModels ?? [])].map(parseModelRef);
        const keys = chain.map((ref) => cacheKey(keyParts(ref.provider, ref.model, request)));
        const hit = options.cacheDir ? await findCached(options.cacheDir, keys, request.outputSchema) : null;
        if (hit) {
            counters.cacheHits += 1;
            return { ok: true, content: hit.content, model: hit.model, usage: hit.usage, latency_ms: Date.now() - started, cached: true, attempts: [] };
        }
        const usage = { input_tokens: 0, output_tokens: 0 };
        for (const [index, ref] of chain.entries()) {
            const run = { model: ref.model, messages: request.messages, outputSchema: request.outputSchema, schemaName: request.schemaName ?? DEFAULT_SCHEMA_NAME, settings: request.settings };
            const before = attempts.length;
            const outcome = await runModel(contextFor(ref.provider), run, attempts);
            usage.input_tokens += outcome.usage.input_tokens;
            usage.output_tokens += outcome.usage.output_tokens;
            counters.retries += attempts.length - before - (index === 0 ? 1 : 0);
            if (outcome.ok) {
                const key = keys[index];
                if (options.cacheDir)
                    await storeQuietly(options.cacheDir, { key, provider: ref.provider, model: ref.model, content: outcome.content, usage, created_at: new Date().toISOString() });
                return { ok: true, content: outcome.content, model: ref.model, usage, latency_ms: Date.now() - started, cached: false, attempts };
            }
        }
        return { ok: false, reason: failureReason(attempts, chain.map((ref) => ref.model)), attempts, latency_ms: Date.now() - started };
    }
    return {
        generate,
        stats: () => ({ calls: counters.calls, cacheHits: counters.cacheHits, retries: counters.retries, rateLimited: counters.rateLimited, concurrencyLimit: limiter.snapshot().limit }),
    };
}
function keyParts(provider, model, request) {
    return {
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
async function findCached(cacheDir, keys, schema) {
    for (const key of keys) {
        const answer = await readCached(cacheDir, key);
        if (answer && checkContent(JSON.stringify(answer.content), schema).ok)
            return answer;
    }
    return null;
}
/** A cache that cannot be written (read-only CI cache, full disk) costs a re-run later, not this result. */
async function storeQuietly(cacheDir, answer) {
    try {
        await writeCached(cacheDir, answer);
    }
    catch {
        // deliberately ignored: the answer is valid and returned either way
    }
}
function failureReason(attempts, models) {
    const last = attempts[attempts.length - 1];
    const lastText = last ? `; last: ${last.error_class ?? "unknown"} (${last.reason ?? "no detail"})` : "";
    return `generation failed after ${attempts.length} attempt${attempts.length === 1 ? "" : "s"} on ${models.join(", ")}${lastText}`;
}
