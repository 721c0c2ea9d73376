/**
 * The generation stage's public surface: a Generator that turns rendered messages into schema-valid
 * content through any OpenAI-compatible endpoint, with retries, model fallbacks, a content-addressed
 * cache and adaptive concurrency. Other stages import only from here.
 */
export { createGenerator } from "./generator.ts";
export type { Attempt, AttemptErrorClass, ChatMessage, FetchLike, GenerateRequest, GenerateResult, Generator, GeneratorOptions, GeneratorStats, ModelSettings, TokenUsage, } from "./types.ts";
export { cacheKey, cachePath, readCached, writeCached, type CacheKeyParts, type CachedAnswer } from "./cache.ts";
export { AdaptiveLimiter, type LimiterSnapshot, type SlotOutcome } from "./limiter.ts";
export { PROVIDERS, parseModelRef, type ProviderName } from "./providers.ts";
export { checkContent, isStrictCompatible } from "./structured.ts";
