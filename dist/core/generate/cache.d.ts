import type { ChatMessage, TokenUsage } from "./types.ts";
export interface CacheKeyParts {
    provider: string;
    model: string;
    parameters: {
        temperature?: number;
        max_tokens?: number;
        response_format: {
            name: string;
            schema: object;
        };
    };
    messages: ChatMessage[];
}
export interface CachedAnswer {
    key: string;
    provider: string;
    model: string;
    content: Record<string, unknown>;
    usage: TokenUsage;
    created_at: string;
}
export declare function cacheKey(parts: CacheKeyParts): string;
export declare function cachePath(cacheDir: string, key: string): string;
/** The cached answer, or null when absent or unreadable (a damaged file is a miss, never an error). */
export declare function readCached(cacheDir: string, key: string): Promise<CachedAnswer | null>;
export declare function writeCached(cacheDir: string, answer: CachedAnswer): Promise<void>;
