/** The generation stage's plain data: what a caller asks for and what it gets back. */
import type { AdaptiveLimiter } from "./limiter.ts";
export interface ChatMessage {
    role: "system" | "user" | "assistant";
    content: string;
}
export interface ModelSettings {
    /** "gpt-4.1" or "openai/gpt-4.1" (provider/model, as Dotprompt frontmatter writes it). */
    model: string;
    temperature?: number;
    maxOutputTokens?: number;
    /** Tried in order, each with its own retries, after the primary model gives up. */
    fallbackModels?: string[];
    /** Per HTTP call. Default 60 s. */
    timeoutMs?: number;
    /** Retries per model after the first attempt. Default 3. */
    maxRetries?: number;
}
export interface GenerateRequest {
    messages: ChatMessage[];
    outputSchema: object;
    schemaName?: string;
    settings: ModelSettings;
}
export type AttemptErrorClass = "rate_limited" | "server_error" | "timeout" | "connection" | "malformed_json" | "schema_invalid" | "empty_content" | "unsupported_response_format" | "bad_request" | "auth" | "model_not_found" | "unknown";
/** One HTTP call, as it happened. Every call is recorded, including the ones that worked. */
export interface Attempt {
    model: string;
    /** HTTP status, or null when no response arrived (timeout, connection). */
    status: number | null;
    ok: boolean;
    response_format: "json_schema" | "json_object";
    latency_ms: number;
    error_class?: AttemptErrorClass;
    /** One line a reviewer can read; never the prompt or personal data. */
    reason?: string;
    /** How long we waited before the next attempt, and why (Retry-After or backoff). */
    waited_ms?: number;
}
export interface TokenUsage {
    input_tokens: number;
    output_tokens: number;
}
export type GenerateResult = {
    ok: true;
    content: Record<string, unknown>;
    model: string;
    usage: TokenUsage;
    latency_ms: number;
    cached: boolean;
    attempts: Attempt[];
} | {
    ok: false;
    reason: string;
    attempts: Attempt[];
    latency_ms: number;
};
export interface GeneratorStats {
    /** HTTP requests sent. */
    calls: number;
    cacheHits: number;
    /** Attempts after the first one of a generate() call (same model or fallback). */
    retries: number;
    /** 429 answers received. */
    rateLimited: number;
    /** The adaptive limit right now. */
    concurrencyLimit: number;
}
export interface Generator {
    generate(request: GenerateRequest): Promise<GenerateResult>;
    stats(): GeneratorStats;
}
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
export interface GeneratorOptions {
    baseURL: string;
    apiKey: string;
    /** null or omitted: no cache. */
    cacheDir?: string | null;
    /** Most HTTP calls in flight at once, before any 429 lowers it. Default 8. */
    concurrency?: number;
    fetch?: FetchLike;
    /**
     * Share one adaptive limiter between several generators (say one per --repeat sample, each with its
     * own cache) so that together they stay within one concurrency budget. Default: a limiter of their own.
     */
    limiter?: AdaptiveLimiter;
    /** Exponential backoff with full jitter: wait random(0, min(capMs, baseMs · 2^n)). Defaults 500 / 8000. */
    backoff?: {
        baseMs?: number;
        capMs?: number;
    };
}
