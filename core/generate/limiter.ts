/**
 * Adaptive concurrency shared by every call of one Generator: AIMD as in TCP congestion control.
 * Starts at the configured maximum, steps down on each 429 (at most halving per window, never below
 * 1), grows back by one after each success below half the maximum and by one per window of successes
 * above it, and pauses new starts while the server says so (Retry-After with nothing else in flight,
 * or x-ratelimit-remaining-requests 0 until x-ratelimit-reset-requests). Waiters are served first in,
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

export class AdaptiveLimiter {
  readonly max: number;
  private limit: number;
  private inFlight = 0;
  private readonly queue: (() => void)[] = [];
  private pausedUntil = 0;
  private pauseTimer: NodeJS.Timeout | undefined;
  // A 429 halves the limit once per "generation": answers to calls started before the last cut
  // were sent under the old limit and must not cut again (or one burst would drop it to 1).
  private generation = 0;
  private successStreak = 0;
  private floor = 1;
  /** The limit last set by a 429: probing above it is slower. */
  private ceiling = Number.POSITIVE_INFINITY;
  private readonly now: () => number;

  constructor(max: number, now: () => number = Date.now) {
    this.max = Math.max(1, Math.floor(max));
    this.limit = this.max;
    this.now = now;
  }

  acquire(): Promise<Slot> {
    return new Promise((resolve) => {
      this.queue.push(() => resolve(this.slot(this.generation)));
      this.pump();
    });
  }

  snapshot(): LimiterSnapshot {
    return { limit: this.limit, inFlight: this.inFlight, queued: this.queue.length, pausedForMs: Math.max(0, this.pausedUntil - this.now()) };
  }

  private slot(startedIn: number): Slot {
    let released = false;
    return {
      release: (outcome: SlotOutcome = {}) => {
        if (released) return;
        released = true;
        this.inFlight -= 1;
        this.adjust(startedIn, outcome);
        this.pump();
      },
    };
  }

  private adjust(startedIn: number, outcome: SlotOutcome): void {
    if (outcome.rateLimited) {
      // Calls of ours still out when a 429 arrives were admitted (or are being refused too).
      const others = this.inFlight;
      if (others > 0) this.ceiling = Math.min(this.ceiling, others + 1);
      if (startedIn === this.generation) {
        // The first 429 of a window: halve, but not below what the server was holding at once, so a
        // concurrency cap of 8 probed at 9 settles back at 8 rather than 4; then start a new window.
        this.floor = Math.max(1, Math.floor(this.limit / 2));
        this.limit = Math.max(this.floor, Math.min(this.limit - 1, others));
        this.generation += 1;
      } else {
        // Calls sent under the old limit: one step down each, never below the window's floor.
        this.limit = Math.max(this.floor, this.limit - 1);
      }
      this.successStreak = 0;
    } else if (outcome.success) {
      this.successStreak += 1;
      // Below half the maximum, recover one step per success (like TCP slow start); above it, one
      // step per window of successes (congestion avoidance); next to a level that drew a 429, probe
      // only every four windows, since each probe there costs a refused request.
      const window = this.limit + 1 >= this.ceiling ? 4 * this.limit : this.limit * 2 <= this.max ? 1 : this.limit;
      if (this.successStreak >= window && this.limit < this.max) {
        this.limit += 1;
        this.successStreak = 0;
      }
    }
    // While other calls of ours are being answered, a 429 means "not so many at once", which the limit
    // now handles; only a 429 with nothing else in flight (a quota) pauses every new start.
    if (outcome.retryAfterMs !== undefined && this.inFlight === 0) this.pauseFor(outcome.retryAfterMs);
    if (outcome.remainingRequests === 0 && outcome.resetRequestsMs !== undefined && (!outcome.rateLimited || this.inFlight === 0)) this.pauseFor(outcome.resetRequestsMs);
  }

  private pauseFor(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
  }

  private pump(): void {
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

  private wakeIn(ms: number): void {
    if (this.pauseTimer) clearTimeout(this.pauseTimer);
    this.pauseTimer = setTimeout(() => {
      this.pauseTimer = undefined;
      this.pump();
    }, ms);
  }
}
