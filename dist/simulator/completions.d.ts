import { type ChatMessageLike } from "./brief.ts";
import { type SimulatorOptions } from "./options.ts";
import { type SimReply } from "./replies.ts";
export interface CompletionRequest {
    model: string;
    temperature?: number | null;
    messages: ChatMessageLike[];
    response_format?: {
        type?: string;
        json_schema?: {
            name?: string;
            schema?: unknown;
        };
    };
}
/** The decision for one request, before any latency: an error to send now, or a reply after `latencyMs`. */
export interface CompletionPlan {
    early?: SimReply;
    latencyMs: number;
    reply: () => SimReply;
}
/**
 * `bodyDigest` (sha256 of the raw request body) and `occurrence` (how many times this exact body
 * was seen before) drive every choice:
 * faults depend on the occurrence, so a retry of a request that got a 429 can succeed, deterministically;
 * the copy depends on seed + body, and on the occurrence too when the temperature is above 0.
 */
export declare function planCompletion(request: CompletionRequest, bodyDigest: string, occurrence: number, options: SimulatorOptions): CompletionPlan;
