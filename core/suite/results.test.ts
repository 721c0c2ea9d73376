import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatResults, REPORT_FORMATS } from "./format.ts";
import { mergeResults, readResultsFile, serializeResults } from "./results.ts";
import { fakeResults, scriptedCase, type Script } from "./fakes.test-support.ts";
import type { SuiteResults } from "./types.ts";

const tempDirs: string[] = [];
afterEach(() => Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "suite-merge-"));
  tempDirs.push(dir);
  return dir;
}

/** 60 cases with a spread of failures, errors and judge verdicts on both versions. */
const cases = Array.from({ length: 60 }, (_, i) => {
  const script: Script = {};
  if (i % 7 === 0) script.v8 = { grounding: "fail" };
  if (i % 11 === 0) script.v7 = { subject_length: "fail", judge_reviewer: "warn" };
  if (i % 13 === 5) script.v8 = { error: "generate" };
  if (i % 17 === 3) script.v8 = { ...script.v8, judge_reviewer: "warn", competitor_names: "fail" };
  return scriptedCase(`brief_${String(i + 1).padStart(3, "0")}`, i, script, i % 5 === 0 ? "reject" : "accept");
});

async function shards(count: number, repeat = 1): Promise<{ file: string; results: SuiteResults }[]> {
  return Promise.all(Array.from({ length: count }, async (_, i) => ({ file: `results-${i + 1}.json`, results: await fakeResults(cases, { shard: { index: i + 1, count }, repeat }) })));
}

describe("merging shard results", () => {
  it("gives a report identical to the unsharded run, byte for byte, in every format", async () => {
    const unsharded = await fakeResults(cases, { repeat: 2 });
    const parts = await shards(4, 2);
    expect(parts.map((p) => p.results.cases.length).reduce((a, b) => a + b)).toBe(60);
    expect(parts.every((p) => p.results.cases.length > 0 && p.results.cases.length < 60)).toBe(true);
    // Through the files, as the matrix job does: written, uploaded, downloaded in any order, read back.
    const dir = await tempDir();
    for (const p of parts) await writeFile(join(dir, p.file), serializeResults(p.results));
    const read = await Promise.all([...parts].reverse().map(async (p) => ({ file: p.file, results: await readResultsFile(dir, p.file) })));
    const merged = mergeResults(read);
    for (const format of REPORT_FORMATS) expect(formatResults(merged, format)).toBe(formatResults(unsharded, format));
    expect(formatResults(merged, "text")).toContain("Regressed cases (pass on baseline, fail on candidate):");
    expect(merged.stats.calls).toBe(unsharded.stats.calls);
  });

  it("says which shard report is partial", async () => {
    const [first] = await shards(4);
    expect(formatResults(first!.results, "text")).toMatch(/^Eval suite: trial_expiration_email_eval\nDataset: 60 historical campaign briefs\nShard: 1\/4 \(\d+ of 60 cases; merge the shards to decide\)\n/);
  });

  it("refuses a missing shard, a shard given twice, and shards of another run", async () => {
    const parts = await shards(3);
    expect(() => mergeResults(parts.slice(0, 2))).toThrow("missing shard 3/3");
    expect(() => mergeResults([...parts, { ...parts[0]!, file: "copy.json" }])).toThrow("shard 1/3 is given twice (results-1.json and copy.json)");
    const other = { file: "other.json", results: { ...parts[2]!.results, candidate: { ...parts[2]!.results.candidate, hash: "sha256:other" } } };
    expect(() => mergeResults([parts[0]!, parts[1]!, other])).toThrow("other.json is from a different suite run than results-1.json");
    const truncated = { file: "results-3.json", results: { ...parts[2]!.results, cases: parts[2]!.results.cases.slice(1) } };
    expect(() => mergeResults([parts[0]!, parts[1]!, truncated])).toThrow("the shards hold 59 cases, the dataset has 60");
  });

  it("refuses a file that is not a results file", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "junit.xml"), "<testsuites/>");
    await writeFile(join(dir, "other.json"), "{}");
    await expect(readResultsFile(dir, "junit.xml")).rejects.toThrow(/^invalid JSON/);
    await expect(readResultsFile(dir, "other.json")).rejects.toThrow("not a copygate eval results file");
  });
});
