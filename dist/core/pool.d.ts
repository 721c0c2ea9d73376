/**
 * Runs `total` tasks with at most `concurrency` in flight. Workers pull the next index as soon as
 * they finish one, so the slowest call never holds a whole batch back (the wall time stays near
 * ceil(calls / concurrency) × latency). Tasks are created lazily: 10,000 cases cost no promises up front.
 */
export declare function runPool(total: number, concurrency: number, task: (index: number) => Promise<void>): Promise<void>;
