import { createHash } from "node:crypto";

/**
 * A seeded choice stream: every choice the simulator makes comes from here, so the same seed and
 * the same request always produce the same answer (no Math.random anywhere in the simulator).
 */
export interface Choices {
  /** A float in [0, 1). */
  next(): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct elements, in a seeded order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** True with probability `rate` (0 never draws true, 1 always). */
  chance(rate: number): boolean;
}

export function seededChoices(...parts: string[]): Choices {
  const digest = createHash("sha256").update(parts.join("\u0000")).digest();
  // mulberry32 over the first 4 bytes: small, fast and good enough for picking phrasings.
  let state = digest.readUInt32LE(0);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(next() * items.length)] as T;
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
    }
    return pool.slice(0, Math.max(0, count));
  };
  const chance = (rate: number): boolean => rate > 0 && next() < rate;
  return { next, pick, sample, chance };
}
