import { defineConfig } from "vitest/config";
import FastFirstSequencer from "./test/support/mutate-sequencer.ts";

/**
 * The tests `npm run mutate` (Stryker) runs against each mutant: the unit tests of the guarding
 * code. Left out: the end-to-end suites (test/action, test/bot, the GitHub twin) and the suites that
 * evaluate whole corpora or generate drafts in a beforeAll (the corpus, the grounding hold-out, the
 * simulator and judge suites, test/pipeline). Code run in a beforeAll cannot be attributed to a test,
 * so every mutant it reaches would reload the whole suite; the unit tests below pin the same
 * behaviour test by test. They all still run in `npm test`. test/hostile/copy.test.ts is in: each
 * hostile draft is its own test, with every check's exact message.
 *
 * Speed (measured on core/evals/checks/exclamation_limits.ts and single_cta.ts, see README): the
 * test files share one worker instead of starting one each (`isolate: false`), which halves each
 * mutant's run; test/support/mutate-fresh-modules.ts still gives every test file fresh copies of
 * our modules, so no memo (normalize, restricted_terms, nlp, sentences) carries a result from one
 * file or one mutant into the next. Only dependencies in node_modules stay loaded. The sequencer
 * runs the files most likely to fail first, since Stryker stops at the first failure.
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
    isolate: false,
    setupFiles: ["test/support/mutate-fresh-modules.ts"],
    sequence: { sequencer: FastFirstSequencer },
  },
});
