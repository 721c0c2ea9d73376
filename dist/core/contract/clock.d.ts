import type { Campaign } from "../model/index.ts";
export declare const DEMO_CLOCK_FILE = "datasets/snapshots/demo-clock.json";
/** The time the embedded snapshots are fresh against, so the demo never goes stale as the calendar moves. */
export declare function demoClock(root: string): Promise<Date>;
export type ClockKind = "given" | "demo" | "real";
export interface RunClock {
    now: Date;
    kind: ClockKind;
}
/**
 * The clock a check runs against: the one given (--now); else the demo clock when every source of
 * the campaign is an embedded snapshot (their age is only meaningful against it); else the real clock.
 */
export declare function chooseClock(root: string, campaign: Campaign, given?: Date, realNow?: () => Date): Promise<RunClock>;
export declare function usesOnlyEmbeddedSnapshots(root: string, campaign: Campaign): Promise<boolean>;
/** "run_2026_11_20_0830": the run's minute, as core/trace will name runs (a local helper until it does). */
export declare function runIdFor(now: Date): string;
