/**
 * The generation stage's public surface: a Generator that turns rendered messages into schema-valid
 * content through any OpenAI-compatible endpoint, with retries, model fallbacks, a content-addressed
 * cache and adaptive concurrency. Other stages import only from here.
 */
export { createGenerator } from "./generator.ts";
export { CallBudget, DEFAULT_MAX_RETRY_AFTER_MS, type BudgetLimits } from "./budget.ts";
export { endpointHost, endpointIdentity } from "./endpoint.ts";
export { repairTurn } from "./attempts.ts";
export { SIMULATOR_HEADER, SIMULATOR_MODEL_MARKER } from "./openai-provider.ts";
export type {
  AnswerHistory,
  Attempt,
  CacheOrigin,
  FailureKind,
  RunBudget,
  WaitNotice,
  AttemptErrorClass,
  ChatMessage,
  FetchLike,
  GenerateRequest,
  GenerateResult,
  Generator,
  GeneratorOptions,
  GeneratorStats,
  ModelSettings,
  TokenUsage,
} from "./types.ts";
export { CACHE_FORMAT_VERSION, cacheKey, cachePath, readCached, writeCached, type CacheKeyParts, type CachedAnswer } from "./cache.ts";
export { AdaptiveLimiter, type LimiterSnapshot, type SlotOutcome } from "./limiter.ts";
export { PROVIDERS, parseModelRef, type ProviderName } from "./providers.ts";
export { checkContent, isStrictCompatible } from "./structured.ts";
