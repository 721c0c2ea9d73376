// Mutation testing of the code that guards customers (issue #17): `npm run mutate`.
// Not part of .ci/run; the incremental file is committed so a re-run after a small change
// only tests the mutants that change touched.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutate.config.ts" },
  // No TypeScript checker: on this 2-core machine it was the bottleneck, about 4 s a mutant
  // (single_cta.ts: 475 s with it, 126 s without; README). Mutants that would not compile are run
  // instead, and nearly all fail at run time (killed). `npx stryker run --checkers typescript`
  // still sorts them out as CompileError, with tsconfig.mutate.json.
  checkers: [],
  tsconfigFile: "tsconfig.mutate.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: "perTest",
  mutate: [
    // Copy checks and the helpers they rely on, and the risk level.
    "core/evals/checks/*.ts",
    "core/evals/risk.ts",
    "core/evals/text.ts",
    "core/evals/normalize.ts",
    "core/evals/sentences.ts",
    // The data contract: the freshness decision, consent and the audience partition.
    "core/contract/freshness/decide.ts",
    "core/contract/freshness/rules.ts",
    "core/contract/audience/partition.ts",
    "core/contract/audience/screen.ts",
    "core/contract/audience/staleness.ts",
    // Are the committed drafts current?
    "core/pipeline/current.ts",
    // The evaluation suite's pass criteria.
    "core/suite/criteria.ts",
    "core/suite/wilson.ts",
    // Publishing: ledger, approvals, verification, schedule, reconcile.
    "core/publish/ledger.ts",
    "core/publish/verify.ts",
    "core/publish/approvals.ts",
    "core/publish/schedule.ts",
    "core/publish/reconcile.ts",
    // What the Action writes to GitHub: the sticky comment and the check run's annotation batches.
    "action/src/github/sticky-comment.ts",
    "action/src/github/check-run.ts",
    "core/report/annotations.ts",
    "!**/*.test.ts",
  ],
  incremental: true,
  incrementalFile: "mutation/stryker-incremental.json",
  // One test runner per core.
  concurrency: 2,
  // Code that only runs when a module loads (constant tables, labels) cannot be tied to a test: each
  // such mutant would need the whole suite reloaded. Stryker reports them as "Ignored" (see README).
  ignoreStatic: true,
  reporters: ["html", "clear-text", "progress", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
