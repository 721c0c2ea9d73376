import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["core/**/*.test.ts", "cli/**/*.test.ts", "action/**/*.test.ts", "bot/**/*.test.ts", "simulator/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    // Many end-to-end tests mostly wait (webhook deliveries, Probot's write throttling, simulated latency):
    // three workers keep two cores busy without starving the CPU-bound ones.
    maxWorkers: 3,
  },
});
