/**
 * Where a suite's numbers came from: the endpoint (host only: never a path, query or key), the
 * generation and judge models, the dataset and its hash, and the copygate version. Kept as a list
 * of parts so a later note (e.g. about a simulated judge) is one more entry. How many answers came
 * from the cache belongs to one run, not to its results: the report stays the same for the same
 * results (merged shards equal the unsharded run), so callers add the run's counts themselves.
 */
import { COPYGATE_VERSION } from "../version.ts";
import type { SuiteResults } from "./types.ts";

export interface SuiteProvenance {
  /** "api.openai.com", "127.0.0.1:8080"; null when the results file predates the field. */
  endpoint: string | null;
  model: string | null;
  /** null: no judge ran (reviewer acceptance skipped). */
  judge: string | null;
  datasets: string[];
  datasetHash: string;
  copygate: string;
}

export function suiteProvenance(results: SuiteResults): SuiteProvenance {
  return {
    endpoint: results.endpoint ?? null,
    model: results.model ?? null,
    judge: results.judge,
    datasets: results.datasets.map((d) => d.path),
    datasetHash: results.dataset_hash,
    copygate: COPYGATE_VERSION,
  };
}

/** The host of an endpoint URL, never its path, credentials or query. */

/** ["generation gpt-4.1 at api.openai.com", "judge gpt-4.1", "240 model calls, 12 cache hits", …] */
export function provenanceParts(p: SuiteProvenance, run?: { calls: number; cacheHits: number }): string[] {
  const model = p.model ?? "model not recorded";
  return [
    `generation ${model}${p.endpoint ? ` at ${p.endpoint}` : ""}`,
    p.judge ? `judge ${p.judge}` : "no judge",
    ...(run ? [`${run.calls} model ${run.calls === 1 ? "call" : "calls"}, ${run.cacheHits} cache ${run.cacheHits === 1 ? "hit" : "hits"}`] : []),
    `dataset ${p.datasets.join(", ") || "none"} (${shortHash(p.datasetHash)})`,
    `copygate ${p.copygate}`,
  ];
}

export function provenanceLine(p: SuiteProvenance): string {
  return `Provenance: ${provenanceParts(p).join(" · ")}`;
}

function shortHash(hash: string): string {
  const [algorithm, digest] = hash.includes(":") ? hash.split(":", 2) : ["hash", hash];
  return `${algorithm} ${digest!.slice(0, 12)}`;
}
