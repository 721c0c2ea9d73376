/** The OpenAI-shaped answers the simulator sends: status, headers and a JSON body. */
export interface SimReply {
    status: number;
    headers: Record<string, string>;
    body: unknown;
    /** What the simulator did on purpose, for its stats. */
    injected?: "rate_limited" | "concurrency_limited" | "quota_exceeded" | "server_error" | "malformed" | "invalid" | "risky";
}
export declare function errorReply(status: number, type: string, message: string, extra?: {
    code?: string | null;
    param?: string | null;
}): SimReply;
/** A 429 with every header a careful client reads: Retry-After (and -ms) and the x-ratelimit-* trio. */
export declare function rateLimitReply(retryAfterSeconds: number, limit: number, withMsHeader: boolean, why: "rate_limited" | "concurrency_limited" | "quota_exceeded"): SimReply;
/** OpenAI's reset format: "1s", "200ms", "1m30s". */
export declare function formatDuration(seconds: number): string;
export declare function completionReply(id: string, model: string, content: string, promptChars: number): SimReply;
