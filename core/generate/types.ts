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
  /** Resends per model after an endpoint failure (429, 5xx, timeout, connection). Default 3. */
  maxRetries?: number;
  /** HTTP calls one generate() may make over every model of the chain, repairs and resends included. Default 12. */
  maxAttempts?: number;
}

export interface GenerateRequest {
  messages: ChatMessage[];
  outputSchema: object;
  schemaName?: string;
  settings: ModelSettings;
}

export type AttemptErrorClass =
  | "rate_limited"
  | "server_error"
  | "timeout"
  | "connection"
  | "malformed_json"
  | "schema_invalid"
  | "empty_content"
  | "unsupported_response_format"
  | "bad_request"
  | "auth"
  | "model_not_found"
  | "budget"
  | "unknown";

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
  /** This call was the repair turn: the model was shown its previous answer's validation error. */
  repair?: boolean;
}

/**
 * Why a generate() call gave up, for the caller's exit code: "content" when the answers kept
 * failing validation; "endpoint" when the endpoint could not answer (unreachable, credentials,
 * rate limits, 5xx, timeouts, an unknown model); "budget" when the run's call budget or deadline
 * stopped it.
 */
export type FailureKind = "content" | "endpoint" | "budget";

/** How the answer was obtained, for honest metrics: a repair or a resend never passes for a first answer. */
export interface AnswerHistory {
  /** The first answer of the first model was valid JSON matching the schema. */
  first_valid: boolean;
  /** A repair turn produced the answer. */
  repaired: boolean;
  /** Resends after endpoint failures (429, 5xx, timeout, connection) on the way. */
  resent: number;
  /** The model that answered when it was not the first of the chain. */
  fallback_model?: string;
}

/** Where a cached answer came from: the endpoint and model that wrote it, and when. */
export interface CacheOrigin {
  endpoint: string;
  model: string;
  created_at: string;
}

export interface TokenUsage {
  input_tokens: number;
  output_tokens: number;
}

export type GenerateResult =
  | {
      ok: true;
      content: Record<string, unknown>;
      model: string;
      usage: TokenUsage;
      latency_ms: number;
      cached: boolean;
      /** Set when cached: which endpoint wrote the answer, and when. */
      cache_origin?: CacheOrigin;
      attempts: Attempt[];
      history: AnswerHistory;
      /** The answer came from copygate's bundled simulator (it says so in a header and in the model id). */
      simulated: boolean;
    }
  | { ok: false; reason: string; failure: FailureKind; attempts: Attempt[]; latency_ms: number };

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
  /** Repair turns sent after a malformed or schema-invalid answer. */
  repairs: number;
  /** Set once the run's call budget or deadline stopped calls: the line saying so. */
  budgetSpent?: string;
}

export interface Generator {
  generate(request: GenerateRequest): Promise<GenerateResult>;
  stats(): GeneratorStats;
}

export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface GeneratorOptions {
  baseURL: string;
  /**
   * What identifies the endpoint's answers in the cache key and a cached answer's origin. Default:
   * the base URL's scheme, host and path. The bundled simulator, on a new port each run, names itself
   * by its settings instead, so its answers are reused between runs and never served for another endpoint.
   */
  endpointIdentity?: string;
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
  backoff?: { baseMs?: number; capMs?: number };
  /** Per HTTP call when the request's settings name none. Default 60 s. */
  timeoutMs?: number;
  /** The run's limits: calls, deadline, the longest Retry-After obeyed. Shareable between generators. */
  budget?: RunBudget;
  /** Secret values (keys, tokens, connection strings) never written into a reason; the apiKey always is one. */
  secrets?: string[];
  /** Told when a call waits (Retry-After, backoff) or an answer is slow, so a caller can print a progress line. */
  onWait?: (wait: WaitNotice) => void;
  /** A call unanswered this long is reported through onWait, and again every as long. Default 10 s. */
  slowNoticeMs?: number;
}

export interface WaitNotice {
  /** host[:port] of the endpoint. */
  endpoint: string;
  model: string;
  /** "retry_after": the server asked; "backoff": after a failure; "slow_answer": a call still unanswered. */
  kind: "retry_after" | "backoff" | "slow_answer";
  ms: number;
  why: string;
}

/** Implemented by RunBudget in budget.ts; declared here so options stay plain data. */
export interface RunBudget {
  /** null when a call may be made now; otherwise the line saying why not (and it stays spent). */
  take(): string | null;
  readonly maxRetryAfterMs: number;
  /** Milliseconds left before the run's deadline (Infinity without one). */
  remainingMs(): number;
  spent(): string | undefined;
}
