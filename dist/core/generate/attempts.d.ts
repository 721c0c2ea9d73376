import type { AdaptiveLimiter } from "./limiter.ts";
import type { Provider } from "./provider.ts";
import type { Attempt, ChatMessage, ModelSettings, TokenUsage } from "./types.ts";
export interface AttemptContext {
    provider: Provider;
    limiter: AdaptiveLimiter;
    backoff: {
        baseMs: number;
        capMs: number;
    };
    /** Models that refused json_schema once: asked for json_object from then on. */
    jsonObjectOnly: Set<string>;
    counters: {
        calls: number;
        rateLimited: number;
    };
}
export interface ModelRun {
    model: string;
    messages: ChatMessage[];
    outputSchema: object;
    schemaName: string;
    settings: ModelSettings;
}
export type ModelOutcome = {
    ok: true;
    content: Record<string, unknown>;
    usage: TokenUsage;
} | {
    ok: false;
    usage: TokenUsage;
};
export declare const DEFAULT_TIMEOUT_MS = 60000;
export declare const DEFAULT_MAX_RETRIES = 3;
export declare function runModel(ctx: AttemptContext, run: ModelRun, attempts: Attempt[]): Promise<ModelOutcome>;
