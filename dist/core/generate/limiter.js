/**
 * Adaptive concurrency shared by every call of one Generator: AIMD as in TCP congestion control.
 * Starts at the configured maximum, halves on a 429 (never below 1), grows back by one after each
 * success below half the maximum and by one per window of successes above it, and pauses new starts while the server says so (Retry-After, or
 * x-ratelimit-remaining-requests 0 until x-ratelimit-reset-requests). Waiters are served first in,
 * first out, and none is ever dropped.
 */
export class AdaptiveLimiter {
    max;
    limit;
    inFlight = 0;
    queue = [];
    pausedUntil = 0;
    pauseTimer;
    // A 429 halves the limit once per "generation": answers to calls started before the last cut
    // were sent under the old limit and must not cut again (or one burst would drop it to 1).
    generation = 0;
    successStreak = 0;
    now;
    constructor(max, now = Date.now) {
        this.max = Math.max(1, Math.floor(max));
        this.limit = this.max;
        this.now = now;
    }
    acquire() {
        return new Promise((resolve) => {
            this.queue.push(() => resolve(this.slot(this.generation)));
            this.pump();
        });
    }
    snapshot() {
        return { limit: this.limit, inFlight: this.inFlight, queued: this.queue.length, pausedForMs: Math.max(0, this.pausedUntil - this.now()) };
    }
    slot(startedIn) {
        let released = false;
        return {
            release: (outcome = {}) => {
                if (released)
                    return;
                released = true;
                this.inFlight -= 1;
                this.adjust(startedIn, outcome);
                this.pump();
            },
        };
    }
    adjust(startedIn, outcome) {
        if (outcome.rateLimited) {
            if (startedIn === this.generation) {
                this.limit = Math.max(1, Math.floor(this.limit / 2));
                this.generation += 1;
            }
            this.successStreak = 0;
        }
        else if (outcome.success) {
            this.successStreak += 1;
            // Below half the maximum, recover one step per success (like TCP slow start); above it, one
            // step per window of successes (congestion avoidance), probing gently near the server's limit.
            const window = this.limit * 2 <= this.max ? 1 : this.limit;
            if (this.successStreak >= window && this.limit < this.max) {
                this.limit += 1;
                this.successStreak = 0;
            }
        }
        if (outcome.retryAfterMs !== undefined)
            this.pauseFor(outcome.retryAfterMs);
        if (outcome.remainingRequests === 0 && outcome.resetRequestsMs !== undefined)
            this.pauseFor(outcome.resetRequestsMs);
    }
    pauseFor(ms) {
        this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
    }
    pump() {
        while (this.queue.length > 0 && this.inFlight < this.limit) {
            const wait = this.pausedUntil - this.now();
            if (wait > 0) {
                this.wakeIn(wait);
                return;
            }
            const start = this.queue.shift();
            this.inFlight += 1;
            start?.();
        }
    }
    wakeIn(ms) {
        if (this.pauseTimer)
            clearTimeout(this.pauseTimer);
        this.pauseTimer = setTimeout(() => {
            this.pauseTimer = undefined;
            this.pump();
        }, ms);
    }
}
