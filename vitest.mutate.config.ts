import { defineConfig } from "vitest/config";

/**
 * The tests `npm run mutate` (Stryker) runs against each mutant: the unit tests of the guarding
 * code. Left out: the end-to-end suites (test/action, test/bot, the GitHub twin) and the suites that
 * evaluate whole corpora or generate drafts in a beforeAll (the corpus, the grounding hold-out, the
 * simulator and judge suites, test/pipeline). Code run in a beforeAll cannot be attributed to a test,
 * so every mutant it reaches would reload the whole suite; the unit tests below pin the same
 * behaviour test by test. They all still run in `npm test`. test/hostile/copy.test.ts is in: each
 * hostile draft is its own test, with every check's exact message.
 */
export default defineConfig({
  test: {
    include: [
      "core/evals/**/*.test.ts",
      "core/contract/**/*.test.ts",
      "core/pipeline/**/*.test.ts",
      "core/suite/**/*.test.ts",
      "core/publish/**/*.test.ts",
      "core/report/annotations.test.ts",
      "action/src/**/*.test.ts",
      "test/hostile/copy.test.ts",
    ],
    exclude: [
      "core/evals/corpus.test.ts",
      "core/evals/grounding-holdout.test.ts",
      "core/evals/simulator.test.ts",
      "core/evals/judges.test.ts",
      "**/*.postgres.test.ts",
      "core/contract/sources/postgres.test.ts",
    ],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    maxWorkers: 1,
  },
});
