/**
 * The results file: written by `copygate eval --out`, read back by `copygate eval merge`.
 * Merging checks that the shards come from the same suite, prompts and data, that each shard is
 * there exactly once, and that no case is missing or doubled.
 */
import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { InputError } from "../errors.ts";
import type { RunStats, SuiteResults } from "./types.ts";

export const RESULTS_FORMAT = "copygate-eval-results";

export function serializeResults(results: SuiteResults): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}

export async function readResultsFile(root: string, path: string): Promise<SuiteResults> {
  const display = relative(root, resolve(root, path)) || path;
  let text: string;
  try {
    text = await readFile(resolve(root, path), "utf8");
  } catch {
    throw new InputError(`cannot read results file ${display}`, { file: display, hint: "pass the files written by copygate eval --out" });
  }
  let data: Partial<SuiteResults>;
  try {
    data = JSON.parse(text) as Partial<SuiteResults>;
  } catch (error) {
    throw new InputError(`invalid JSON: ${(error as Error).message}`, { file: display });
  }
  if (data?.format !== RESULTS_FORMAT || data.schema_version !== 1 || !Array.isArray(data.cases)) {
    throw new InputError("not a copygate eval results file", { file: display, field: "format", hint: "pass the files written by copygate eval --out" });
  }
  return data as SuiteResults;
}

/** The fields every shard of one suite run must share. */
function identity(results: SuiteResults): string {
  const { suite, workflow, candidate, baseline, datasets, dataset_hash, total_cases, repeat, judge, criteria } = results;
  return JSON.stringify({ suite, workflow, candidate, baseline, datasets, dataset_hash, total_cases, repeat, judge, criteria });
}

export function mergeResults(parts: { file: string; results: SuiteResults }[]): SuiteResults {
  const [first] = parts;
  if (!first) throw new InputError("copygate eval merge needs at least one results file", { hint: "copygate eval merge results-1.json results-2.json …" });
  const count = first.results.shard?.count ?? 1;
  const seenShards = new Map<number, string>();
  for (const { file, results } of parts) {
    if (identity(results) !== identity(first.results)) {
      throw new InputError(`${file} is from a different suite run than ${first.file} (prompts, dataset, repeat, judge or criteria differ)`, { file, hint: "merge only the shards of one run" });
    }
    const shard = results.shard ?? { index: 1, count: 1 };
    if (shard.count !== count) throw new InputError(`${file} is shard ${shard.index}/${shard.count}, the others are of ${count}`, { file, field: "shard" });
    const earlier = seenShards.get(shard.index);
    if (earlier) throw new InputError(`shard ${shard.index}/${count} is given twice (${earlier} and ${file})`, { file, field: "shard" });
    seenShards.set(shard.index, file);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seenShards.has(i));
  if (missing.length > 0) throw new InputError(`missing shard${missing.length > 1 ? "s" : ""} ${missing.map((i) => `${i}/${count}`).join(", ")}`, { hint: "download every shard's results before merging" });
  const cases = parts.flatMap((p) => p.results.cases).sort((a, b) => a.index - b.index);
  for (let i = 1; i < cases.length; i++) {
    if (cases[i]!.index === cases[i - 1]!.index) throw new InputError(`case "${cases[i]!.id}" appears in two shards`, { hint: "merge only the shards of one run" });
  }
  if (cases.length !== first.results.total_cases) {
    throw new InputError(`the shards hold ${cases.length} cases, the dataset has ${first.results.total_cases}`, { hint: "a shard is incomplete: re-run it" });
  }
  const checkLabels: Record<string, string> = {};
  for (const { results } of parts) for (const [id, label] of Object.entries(results.check_labels)) checkLabels[id] ??= label;
  return { ...first.results, shard: null, cases, check_labels: sortedKeys(checkLabels), stats: sumStats(parts.map((p) => p.results.stats)) };
}

function sumStats(all: RunStats[]): RunStats {
  const total: RunStats = { calls: 0, cache_hits: 0, retries: 0, rate_limited: 0 };
  for (const s of all) {
    total.calls += s?.calls ?? 0;
    total.cache_hits += s?.cache_hits ?? 0;
    total.retries += s?.retries ?? 0;
    total.rate_limited += s?.rate_limited ?? 0;
    if (s?.repairs !== undefined) total.repairs = (total.repairs ?? 0) + s.repairs;
    if (s?.checks_reused !== undefined) total.checks_reused = (total.checks_reused ?? 0) + s.checks_reused;
  }
  return total;
}

export function sortedKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
