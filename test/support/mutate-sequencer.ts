import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The order `npm run mutate` runs a mutant's covering test files in. Stryker stops a mutant's run
 * at its first failing test (bail), so the files most likely to fail soonest go first: the files
 * that failed in the previous run (they are killing the mutants of the code being mutated), then
 * the shortest. Vitest's own order runs the longest first, which makes every killed mutant wait for
 * the slow end-to-end style suites before its unit test fails.
 */
export default class FastFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const root = this.ctx.config.root;
    const keyOf = (spec: TestSpecification) => `${spec.project.name}:${relative(root, spec.moduleId)}`;
    const rank = (spec: TestSpecification): [number, number] => {
      const results = cache.getFileTestResults(keyOf(spec));
      if (results) return [results.failed ? 0 : 1, results.duration];
      return [1, cache.getFileStats(keyOf(spec))?.size ?? 0];
    };
    return [...files]
      .map((spec) => ({ spec, rank: rank(spec) }))
      .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1])
      .map(({ spec }) => spec);
  }
}
