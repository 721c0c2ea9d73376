/**
 * Runs `total` tasks with at most `concurrency` in flight. Workers pull the next index as soon as
 * they finish one, so the slowest call never holds a whole batch back (the wall time stays near
 * ceil(calls / concurrency) × latency). Tasks are created lazily: 10,000 cases cost no promises up front.
 */
export async function runPool(total, concurrency, task) {
    let next = 0;
    const worker = async () => {
        while (next < total) {
            const index = next++;
            await task(index);
        }
    };
    const workers = Math.max(1, Math.min(concurrency, total));
    await Promise.all(Array.from({ length: workers }, worker));
}
