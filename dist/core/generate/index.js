/**
 * The generation stage's public surface: a Generator that turns rendered messages into schema-valid
 * content through any OpenAI-compatible endpoint, with retries, model fallbacks, a content-addressed
 * cache and adaptive concurrency. Other stages import only from here.
 */
export { createGenerator } from "./generator.js";
export { cacheKey, cachePath, readCached, writeCached } from "./cache.js";
export { AdaptiveLimiter } from "./limiter.js";
export { PROVIDERS, parseModelRef } from "./providers.js";
export { checkContent, isStrictCompatible } from "./structured.js";
