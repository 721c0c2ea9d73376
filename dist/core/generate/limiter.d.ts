/**
 * Adaptive concurrency shared by every call of one Generator: AIMD as in TCP congestion control.
 * Starts at the configured maximum, halves on a 429 (never below 1), grows back by one after each
 * success below half the maximum and by one per window of successes above it, and pauses new starts while the server says so (Retry-After, or
 * x-ratelimit-remaining-requests 0 until x-ratelimit-reset-requests). Waiters are served first in,
 * first out, and none is ever dropped.
 */
export interface SlotOutcome {
    success?: boolean;
    rateLimited?: boolean;
    /** From Retry-After / retry-after-ms on a 429. */
    retryAfterMs?: number;
    /** From x-ratelimit-remaining-requests / x-ratelimit-reset-requests on any answer. */
    remainingRequests?: number;
    resetRequestsMs?: number;
}
export interface Slot {
    release(outcome?: SlotOutcome): void;
}
export interface LimiterSnapshot {
    limit: number;
    inFlight: number;
    queued: number;
    pausedForMs: number;
}
export declare class AdaptiveLimiter {
    readonly max: number;
    private limit;
    private inFlight;
    private readonly queue;
    private pausedUntil;
    private pauseTimer;
    private generation;
    private successStreak;
    private readonly now;
    constructor(max: number, now?: () => number);
    acquire(): Promise<Slot>;
    snapshot(): LimiterSnapshot;
    private slot;
    private adjust;
    private pauseFor;
    private pump;
    private wakeIn;
}
