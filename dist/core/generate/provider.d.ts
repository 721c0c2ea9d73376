/** What every provider adapter offers the generator: one chat call, answered or classified as a failure. */
import type { HeaderSource } from "./backoff.ts";
import type { ResponseFormatParam } from "./structured.ts";
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
    apiKey: string;
    fetch?: FetchLike;
}
export type ProviderFactory = (connection: ProviderConnection) => Provider;
/** Error text can carry a (masked) key or a long echo of the request: keep one short, clean line. */
export declare function cleanReason(text: string): string;
