/** What every provider adapter offers the generator: one chat call, answered or classified as a failure. */
import type { HeaderSource } from "./backoff.ts";
import type { ResponseFormatParam } from "./structured.ts";
import { redactSecretValues } from "../trace/redact.ts";
import type { AttemptErrorClass, ChatMessage, FetchLike, TokenUsage } from "./types.ts";

export interface ProviderCall {
  model: string;
  messages: ChatMessage[];
  temperature?: number;
  maxOutputTokens?: number;
  responseFormat: ResponseFormatParam;
  timeoutMs: number;
}

export interface ProviderAnswer {
  ok: true;
  status: number;
  text: string | null;
  usage: TokenUsage;
  headers: HeaderSource;
  /** The answer says it came from copygate's bundled simulator (header or model-id marker). */
  simulated: boolean;
}

export interface ProviderFailure {
  ok: false;
  /** null when no HTTP answer arrived. */
  status: number | null;
  error_class: AttemptErrorClass;
  reason: string;
  /** Worth trying the same model again (after a wait). */
  retryable: boolean;
  headers?: HeaderSource;
}

export interface Provider {
  complete(call: ProviderCall): Promise<ProviderAnswer | ProviderFailure>;
}

export interface ProviderConnection {
  baseURL: string;
  /** Empty: no Authorization header is sent (local servers such as Ollama, vLLM, LiteLLM need none). */
  apiKey: string;
  fetch?: FetchLike;
  /** Secret values to take out of every reason and answer text. */
  secrets?: string[];
}

export type ProviderFactory = (connection: ProviderConnection) => Provider;

/** Error text can carry a (masked) key or a long echo of the request: keep one short, clean line. */
export function cleanReason(text: string, secrets: readonly string[] = []): string {
  return redactSecretValues(text, secrets)
    .replace(/\b(sk|pk|rk)-[A-Za-z0-9*_-]{4,}/g, "$1-…")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 200);
}
