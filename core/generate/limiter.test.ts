import { describe, expect, it } from "vitest";
import { AdaptiveLimiter, type Slot } from "./limiter.ts";

async function settle(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
}

describe("the adaptive limiter", () => {
  it("starts at the configured concurrency and queues the rest first in, first out", async () => {
    const limiter = new AdaptiveLimiter(2);
    const order: number[] = [];
    const slots = await Promise.all([limiter.acquire(), limiter.acquire()]);
    const third = limiter.acquire().then((slot) => (order.push(3), slot));
    const fourth = limiter.acquire().then((slot) => (order.push(4), slot));
    await settle();
    expect(limiter.snapshot()).toMatchObject({ limit: 2, inFlight: 2, queued: 2 });
    slots[0]?.release({ success: true });
    slots[1]?.release({ success: true });
    await Promise.all([third, fourth]);
    expect(order).toEqual([3, 4]);
  });

  it("on refusals at a concurrency never answered, sets the limit to what the server was still holding", async () => {
    const limiter = new AdaptiveLimiter(8);
    const slots = await Promise.all(Array.from({ length: 8 }, () => limiter.acquire()));
    for (const slot of slots.slice(0, 5)) slot.release({ rateLimited: true, retryAfterMs: 500 });
    expect(limiter.snapshot()).toMatchObject({ limit: 3, pausedForMs: 0 });
  });

  it("keeps the limit on a 429 at a concurrency the server has answered (a random refusal): only that call waits", async () => {
    const limiter = new AdaptiveLimiter(4);
    const slots = await Promise.all(Array.from({ length: 4 }, () => limiter.acquire()));
    slots[3]?.release({ success: true });
    const next = await limiter.acquire();
    next.release({ rateLimited: true, retryAfterMs: 500 });
    expect(limiter.snapshot()).toMatchObject({ limit: 4, pausedForMs: 0 });
  });

  it("halves and pauses on a 429 with nothing else in flight, once per window", async () => {
    const limiter = new AdaptiveLimiter(8);
    (await limiter.acquire()).release({ rateLimited: true });
    expect(limiter.snapshot().limit).toBe(4);
    (await limiter.acquire()).release({ rateLimited: true });
    expect(limiter.snapshot().limit).toBe(2);
  });

  it("settles at a server's concurrency cap: 16 sent, 8 refused, then probes above 8 only rarely", async () => {
    const limiter = new AdaptiveLimiter(16);
    const slots = await Promise.all(Array.from({ length: 16 }, () => limiter.acquire()));
    for (const slot of slots.slice(8)) slot.release({ rateLimited: true, retryAfterMs: 1000 });
    expect(limiter.snapshot()).toMatchObject({ limit: 8, pausedForMs: 0 });
    for (const slot of slots.slice(0, 8)) slot.release({ success: true });
    // Next to the level that was refused, a probe to 9 waits 4 windows (32 successes).
    expect(limiter.snapshot().limit).toBe(8);
    for (let i = 0; i < 24; i++) (await limiter.acquire()).release({ success: true });
    expect(limiter.snapshot().limit).toBe(9);
    const held = await Promise.all(Array.from({ length: 9 }, () => limiter.acquire()));
    held[8]?.release({ rateLimited: true });
    expect(limiter.snapshot().limit).toBe(8);
    for (const slot of held.slice(0, 8)) slot.release({ success: true });
    for (let i = 0; i < 23; i++) (await limiter.acquire()).release({ success: true });
    expect(limiter.snapshot().limit).toBe(8);
    (await limiter.acquire()).release({ success: true });
    expect(limiter.snapshot().limit).toBe(9);
  });

  it("never goes below one", async () => {
    const limiter = new AdaptiveLimiter(2);
    for (let i = 0; i < 4; i++) (await limiter.acquire()).release({ rateLimited: true });
    expect(limiter.snapshot().limit).toBe(1);
  });

  it("grows back one step per success below half the maximum, then one step per window of successes", async () => {
    const limiter = new AdaptiveLimiter(8);
    (await limiter.acquire()).release({ rateLimited: true });
    (await limiter.acquire()).release({ rateLimited: true });
    expect(limiter.snapshot().limit).toBe(2);
    (await limiter.acquire()).release({ success: true });
    expect(limiter.snapshot().limit).toBe(3);
    (await limiter.acquire()).release({ success: true });
    expect(limiter.snapshot().limit).toBe(4);
    (await limiter.acquire()).release({ success: true });
    expect(limiter.snapshot().limit).toBe(5);
    for (let i = 0; i < 4; i++) (await limiter.acquire()).release({ success: true });
    expect(limiter.snapshot().limit).toBe(5);
    (await limiter.acquire()).release({ success: true });
    expect(limiter.snapshot().limit).toBe(6);
    for (let i = 0; i < 40; i++) (await limiter.acquire()).release({ success: true });
    expect(limiter.snapshot().limit).toBe(8);
  });

  it("pauses every new start for the Retry-After of a 429", async () => {
    const limiter = new AdaptiveLimiter(4);
    (await limiter.acquire()).release({ rateLimited: true, retryAfterMs: 150 });
    const started = Date.now();
    await limiter.acquire();
    expect(Date.now() - started).toBeGreaterThanOrEqual(145);
  });

  it("pauses until x-ratelimit-reset-requests when no requests remain, even after a success", async () => {
    const limiter = new AdaptiveLimiter(4);
    (await limiter.acquire()).release({ success: true, remainingRequests: 0, resetRequestsMs: 120 });
    const started = Date.now();
    const slot: Slot = await limiter.acquire();
    expect(Date.now() - started).toBeGreaterThanOrEqual(115);
    slot.release({ success: true, remainingRequests: 5, resetRequestsMs: 10_000 });
    const quick = Date.now();
    await limiter.acquire();
    expect(limiter.snapshot().pausedForMs).toBe(0);
    expect(Date.now() - quick).toBeLessThan(10_000);
  });
});
