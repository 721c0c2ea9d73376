/**
 * The bench's sections, in the order they run. Each runs in its own process (so peak RSS is its
 * own). To add one: write a module exporting `() => Promise<BenchRow[]>` and add one line here.
 */
import type { BenchRow } from "./measure.ts";

export interface BenchSection {
  title: string;
  run: () => Promise<BenchRow[]>;
}

export const BENCH_SECTIONS: Record<string, BenchSection> = {
  "eval-c4": { title: "eval suite, 120 cases × 2 versions, 200 ms a call, concurrency 4", run: async () => (await import("./eval-sections.ts")).latencyRows(4) },
  "eval-c16": { title: "eval suite, 120 cases × 2 versions, 200 ms a call, concurrency 16", run: async () => (await import("./eval-sections.ts")).latencyRows(16) },
  "eval-10k": { title: "eval suite, 10,000 cases × 2 versions, concurrency 64, for memory", run: async () => (await import("./eval-sections.ts")).memoryRows() },
  "eval-429": { title: "eval suite, 30% of calls answered 429 with Retry-After", run: async () => (await import("./eval-sections.ts")).rateLimitRows() },
  checks: { title: "the deterministic checks alone: start-up, one draft as copygate check runs it, before and after issue 13", run: async () => (await import("./check-sections.ts")).checkRows() },
  "action-cold-start": { title: "the bundled Action's cold start, spawn to first GitHub API request", run: async () => (await import("./action-cold-start.ts")).actionColdStartRows() },
};
