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
export declare function seededChoices(...parts: string[]): Choices;
