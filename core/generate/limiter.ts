/**
 * Adaptive concurrency shared by every call of one Generator, AIMD-like as in TCP congestion control.
 * Starts at the configured maximum. A 429 at a concurrency the server has answered before is taken as
 * a refusal of that call alone (it waits its Retry-After; the limit stays); a 429 beyond any
 * concurrency answered sets the limit to what the server was holding, so a cap of 8 hit by a burst of
 * 16 settles at 8 at once instead of halving towards 1. A 429 with nothing else in flight halves the
 * limit and pauses every new start for its Retry-After (a quota), as does x-ratelimit-remaining-requests
 * 0 until x-ratelimit-reset-requests. The limit grows back by one per success below half the maximum,
 * by one per window of successes above it, and slowly next to a level that was refused. Waiters are
 * served first in, first out, and none is ever dropped.
 */

/** Successes at a concurrency that prove the server holds it: a 429 there is not about concurrency. */
const PROVEN_AFTER = 1;

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
  /** The concurrency at which the server last refused: probing up to it is slower. */
  private ceiling = Number.POSITIVE_INFINITY;
  /** answeredWith[n]: successes that ended with n other calls of ours out (halved every 16 × max releases). */
  private readonly answeredWith: number[];
  private releases = 0;
  private started = 0;
  private readonly outstanding = new Set<number>();
  private readonly now: () => number;

  constructor(max: number, now: () => number = Date.now) {
    this.max = Math.max(1, Math.floor(max));
    this.limit = this.max;
    this.now = now;
    this.answeredWith = new Array<number>(this.max + 1).fill(0);
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
    const seq = ++this.started;
    this.outstanding.add(seq);
    return {
      release: (outcome: SlotOutcome = {}) => {
        if (released) return;
        released = true;
        this.inFlight -= 1;
        this.outstanding.delete(seq);
        this.adjust(startedIn, seq, outcome);
        this.pump();
      },
    };
  }

  /** Other calls of ours that were out for the whole of this one (started before it, still out): what the server held besides it. */
  private heldThroughout(seq: number): number {
    let count = 0;
    for (const other of this.outstanding) if (other < seq) count += 1;
    return count;
  }

  private adjust(startedIn: number, seq: number, outcome: SlotOutcome): void {
    // Calls of ours still out when this one ends.
    const others = this.inFlight;
    // Measured the same way for an answer and a refusal: the calls out for the whole of this one (a
    // refused call comes back at once, so calls in transit to a refusal do not pass for held ones).
    if (outcome.rateLimited) this.rateLimited(startedIn, others, this.heldThroughout(seq));
    else if (outcome.success) this.succeeded(this.heldThroughout(seq));
    // With other calls of ours being answered, a 429 is about this call (or how many at once, which the
    // limit now handles); only a 429 with nothing else in flight (a quota) pauses every new start.
    if (outcome.retryAfterMs !== undefined && others === 0) this.pauseFor(outcome.retryAfterMs);
    if (outcome.remainingRequests === 0 && outcome.resetRequestsMs !== undefined && (!outcome.rateLimited || others === 0)) this.pauseFor(outcome.resetRequestsMs);
  }

  /**
   * A 429 at a concurrency the server has answered before is not about concurrency (a random refusal,
   * a token limit): the call waits its Retry-After and the limit stays. A 429 beyond what was ever
   * answered sets the limit to what the server was holding, so a cap of 8 hit by 16 settles at 8 at once.
   */
  private rateLimited(startedIn: number, others: number, held: number): void {
    this.successStreak = 0;
    if (others === 0) {
      // Refused with nothing else of ours out: halve once per window (calls sent under the old limit do not cut again).
      if (startedIn === this.generation) {
        this.limit = Math.max(1, Math.floor(this.limit / 2));
        this.generation += 1;
      }
      return;
    }
    if (this.answeredAtOrAbove(held) >= PROVEN_AFTER) return;
    this.limit = Math.max(1, Math.min(this.limit, others));
    this.ceiling = others + 1;
  }

  private succeeded(others: number): void {
    this.answeredWith[Math.min(others, this.max)]! += 1;
    if (++this.releases % (16 * this.max) === 0) this.answeredWith.forEach((n, i) => (this.answeredWith[i] = Math.floor(n / 2)));
    this.successStreak += 1;
    // Below half the maximum, recover one step per success (like TCP slow start); above it, one step
    // per window of successes (congestion avoidance); next to a level the server refused, probe only
    // every four windows, since each probe there costs a refused request.
    const window = this.limit + 1 >= this.ceiling ? 4 * this.limit : this.limit * 2 <= this.max ? 1 : this.limit;
    if (this.successStreak >= window && this.limit < this.max) {
      this.limit += 1;
      this.successStreak = 0;
      if (this.limit > this.ceiling) this.ceiling = Number.POSITIVE_INFINITY;
    }
  }

  /** Successes (recently, counts decay) that ended while at least `others` other calls of ours were out. */
  private answeredAtOrAbove(others: number): number {
    let total = 0;
    for (let i = Math.min(others, this.max); i < this.answeredWith.length; i++) total += this.answeredWith[i]!;
    return total;
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
