import type { Interval } from "./wilson.ts";
/** 0.98333 → "98.3", 1 → "100", 0.005 → "0.5": one decimal, no trailing ".0". */
export declare function formatPercent(rate: number): string;
/** "94.1–99.5" (percent, en dash). */
export declare function formatInterval(interval: Interval): string;
