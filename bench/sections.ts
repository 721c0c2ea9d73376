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
  "cli-start": { title: "the built command's start-up: --version and validate on the example repository", run: async () => (await import("./cli-start.ts")).cliStartRows() },
  "eval-5xx": { title: "eval suite, 5% of calls answered HTTP 500", run: async () => (await import("./eval-sections.ts")).faultRows("5xx") },
  "eval-drop": { title: "eval suite, 10% of connections dropped mid-answer", run: async () => (await import("./eval-sections.ts")).faultRows("drop") },
  "anchor-c16": { title: "anchor workload on ../shared/bench/mock-openai.mjs, concurrency 16, cold and warm", run: async () => (await import("./anchor-sections.ts")).anchorC16() },
  "anchor-c4": { title: "anchor workload on the shared mock, concurrency 4, cold and warm", run: async () => (await import("./anchor-sections.ts")).anchorC4() },
  "anchor-inflight": { title: "anchor workload on the shared mock, MAX_INFLIGHT=8 (429 + Retry-After beyond 8)", run: async () => (await import("./anchor-sections.ts")).anchorInflight() },
  "anchor-fail": { title: "anchor workload on the shared mock, FAIL_RATE=0.05 (HTTP 500)", run: async () => (await import("./anchor-sections.ts")).anchorFailRate() },
  "anchor-judges": { title: "anchor workload on the shared mock with the judges on: requests bounded", run: async () => (await import("./anchor-sections.ts")).anchorJudges() },

  "bot-webhook": { title: "the bot: ten deliveries of one merge at once, answer time and publish once", run: async () => (await import("./bot-webhook.ts")).botWebhookRows() },

  checks: { title: "the deterministic checks alone: start-up, one draft as copygate check runs it, before and after issue 13", run: async () => (await import("./check-sections.ts")).checkRows() },
  "action-cold-start": { title: "the bundled Action's cold start, spawn to first GitHub API request", run: async () => (await import("./action-cold-start.ts")).actionColdStartRows() },
};
