/**
 * The run's limits on model calls: how many calls in all, until when, and the longest Retry-After
 * any server may impose. One budget is shared by every generator of a run (samples, judges), so a
 * run against a misbehaving endpoint stops calling instead of multiplying its requests.
 */
import type { RunBudget } from "./types.ts";

export const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;

export interface BudgetLimits {
  /** HTTP calls the run may make; undefined: no limit. */
  maxCalls?: number;
  /** Milliseconds from now until the run stops calling; undefined: no deadline. */
  deadlineMs?: number;
  /** Beyond this Retry-After a call stops and says which endpoint asked for how long. Default 60 s. */
  maxRetryAfterMs?: number;
}

export class CallBudget implements RunBudget {
  readonly maxRetryAfterMs: number;
  private readonly maxCalls: number;
  private readonly deadlineAt: number;
  private readonly now: () => number;
  private used = 0;
  private spentLine: string | undefined;

  constructor(limits: BudgetLimits = {}, now: () => number = Date.now) {
    this.now = now;
    this.maxCalls = limits.maxCalls ?? Number.POSITIVE_INFINITY;
    this.deadlineAt = limits.deadlineMs === undefined ? Number.POSITIVE_INFINITY : now() + limits.deadlineMs;
    this.maxRetryAfterMs = limits.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
    this.deadlineText = limits.deadlineMs === undefined ? "" : seconds(limits.deadlineMs);
  }

  private readonly deadlineText: string;

  take(): string | null {
    if (this.spentLine) return this.spentLine;
    if (this.used >= this.maxCalls) {
      this.spentLine = `the run's budget of ${this.maxCalls} model calls is spent; no further model calls were made`;
      return this.spentLine;
    }
    if (this.now() >= this.deadlineAt) {
      this.spentLine = `the run's deadline of ${this.deadlineText} has passed; no further model calls were made`;
      return this.spentLine;
    }
    this.used += 1;
    return null;
  }

  remainingMs(): number {
    return Math.max(0, this.deadlineAt - this.now());
  }

  spent(): string | undefined {
    return this.spentLine;
  }

  calls(): number {
    return this.used;
  }
}

export function seconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
