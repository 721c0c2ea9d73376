import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadCheckContext, runChecks, type CheckContext } from "../evals/index.ts";
import { REPO_ROOT } from "../prompts/testing.ts";
import { codeFingerprint, sourceFingerprint } from "../code-fingerprint.ts";
import { CheckResultsCache } from "./check-cache.ts";

const CLEAN = {
  subject_line: "Your Lumora trial ends in 3 days",
  preview_text: "Keep your dashboards and alerts: choose a plan before Friday.",
  body: "Hi there,\n\nYour Lumora trial ends in 3 days. Keep the dashboards you built.\n\nUnsubscribe: {{unsubscribe_url}}\nLumora, 1 Market St, San Francisco",
  cta_text: "Choose a plan",
  risk_flags: [],
};

let dir: string;
let ctx: CheckContext;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "copygate-check-cache-"));
  ({ ctx } = await loadCheckContext(REPO_ROOT, join(REPO_ROOT, "campaigns", "trial-expiration-3d")));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** One run: every answer through the cache, then saved; returns the results and how often the checks ran. */
async function run(answers: { output: Record<string, unknown>; ctx: CheckContext; ids?: string[] }[]) {
  const cache = CheckResultsCache.in(dir)!;
  let checked = 0;
  const results = [];
  for (const a of answers) {
    results.push(await cache.through(a.output, a.ctx, a.ids, () => {
      checked++;
      return runChecks(a.output, a.ctx, a.ids).checks;
    }));
  }
  await cache.save();
  return { results, checked, reused: cache.reused };
}

describe("check results kept between runs", () => {
  it("are reused for the same answer in the same context, equal to checking again", async () => {
    const first = await run([{ output: CLEAN, ctx }]);
    expect(first).toMatchObject({ checked: 1, reused: 0 });
    const second = await run([{ output: CLEAN, ctx }]);
    expect(second).toMatchObject({ checked: 0, reused: 1 });
    expect(second.results).toEqual(first.results);
    expect(second.results[0]).toEqual(runChecks(CLEAN, ctx).checks);
  });

  it("are not reused when the answer, a policy, the brief or the list of checks differs", async () => {
    await run([{ output: CLEAN, ctx }]);
    const banned = structuredClone(ctx);
    banned.policies.legal.restrictions.push({ id: "no_built", rule: "never say built", banned_terms: ["built"] } as never);
    const second = await run([
      { output: { ...CLEAN, subject_line: "Your Lumora trial ends soon" }, ctx },
      { output: CLEAN, ctx: banned },
      { output: CLEAN, ctx: { ...ctx, brief: { ...ctx.brief, cta_text: "Upgrade now" } } },
      { output: CLEAN, ctx, ids: ["subject_length"] },
    ]);
    expect(second).toMatchObject({ checked: 4, reused: 0 });
    // The changed policy is enforced, not served from the earlier (clean) result.
    expect(second.results[1]!.find((c) => c.id === "restricted_terms")!.status).toBe("fail");
  });

  it("ignore a damaged file or one written by other code, and replace it", async () => {
    const code = codeFingerprint()!;
    const file = join(dir, "checks", `${code.slice(0, 16)}.json`);
    await mkdir(join(dir, "checks"), { recursive: true });
    await writeFile(file, "{ not json");
    expect(await run([{ output: CLEAN, ctx }])).toMatchObject({ checked: 1, reused: 0 });
    expect(JSON.parse(await readFile(file, "utf8"))).toMatchObject({ format: 1, code });

    const written = JSON.parse(await readFile(file, "utf8")) as { code: string };
    await writeFile(file, JSON.stringify({ ...written, code: "other code" }));
    expect(await run([{ output: CLEAN, ctx }])).toMatchObject({ checked: 1, reused: 0 });
    expect(await readdir(join(dir, "checks"))).toEqual([`${code.slice(0, 16)}.json`]);
  });
});

it("keep this run's entries and a bounded number of older ones", async () => {
  const cache = CheckResultsCache.in(dir)!;
  const outputs = Array.from({ length: 3 }, (_, i) => ({ ...CLEAN, subject_line: `Your Lumora trial ends in ${i + 4} days` }));
  for (const output of outputs) await cache.through(output, ctx, ["subject_length"], () => runChecks(output, ctx, ["subject_length"]).checks);
  await cache.save();
  const file = (await readdir(join(dir, "checks")))[0]!;
  const entries = () => readFile(join(dir, "checks", file), "utf8").then((t) => Object.keys((JSON.parse(t) as { entries: object }).entries).length);
  expect(await entries()).toBe(3);
  // A later run that uses one of them and adds one keeps all four (well under the bound).
  const later = await run([{ output: outputs[0]!, ctx, ids: ["subject_length"] }, { output: CLEAN, ctx, ids: ["subject_length"] }]);
  expect(later).toMatchObject({ checked: 1, reused: 1 });
  expect(await entries()).toBe(4);
});

describe("the code fingerprint", () => {
  it("changes with any source under core/ or the lockfile, and not with a test file", async () => {
    const root = await mkdtemp(join(tmpdir(), "copygate-fingerprint-"));
    try {
      await mkdir(join(root, "core", "evals"), { recursive: true });
      await writeFile(join(root, "core", "evals", "check.ts"), "export const limit = 50;\n");
      await writeFile(join(root, "package-lock.json"), "{}\n");
      const before = sourceFingerprint(root);
      await writeFile(join(root, "core", "evals", "check.test.ts"), "it('x', () => {});\n");
      expect(sourceFingerprint(root)).toBe(before);
      await writeFile(join(root, "core", "evals", "check.ts"), "export const limit = 49;\n");
      const edited = sourceFingerprint(root);
      expect(edited).not.toBe(before);
      await writeFile(join(root, "package-lock.json"), "{\"lockfileVersion\": 3}\n");
      expect(sourceFingerprint(root)).not.toBe(edited);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("in a checkout is the fingerprint of its own sources", () => {
    expect(codeFingerprint()).toBe(sourceFingerprint(REPO_ROOT));
  });
});
