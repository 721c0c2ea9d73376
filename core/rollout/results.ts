/**
 * Per-arm results: rows of counts, each tied to the prompt version and content hash that were
 * sent (as the publish ledger records them). Read from a file beside campaign.yaml or from a
 * source in sources/ — for a postgres source the query aggregates (GROUP BY prompt_version,
 * content_hash), so only a handful of rows ever reach memory; more than MAX_RESULT_ROWS is refused.
 */
import { readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { loadSnapshot, parseCsv, type SourceOptions } from "../contract/index.ts";
import { InputError } from "../errors.ts";
import { loadSourceDefinition } from "../files/index.ts";
import type { ResultsInput, SourceDefinition } from "../model/index.ts";
import { COUNT_COLUMNS, type ArmCounts } from "./metrics.ts";

export const MAX_RESULT_ROWS = 10_000;

export interface ResultRow extends ArmCounts {
  prompt_version: number;
  content_hash: string;
}

export interface LoadedResults {
  /** Where they came from, for the report: a repository-relative file or `source <name> (postgres)`. */
  origin: string;
  rows: ResultRow[];
}

export async function loadResults(root: string, campaignDir: string, input: ResultsInput, options: SourceOptions = {}): Promise<LoadedResults> {
  if ("file" in input) {
    const file = join(campaignDir, input.file);
    const text = await readFile(join(root, file), "utf8").catch(() => {
      throw new InputError(`results file ${file} does not exist`, { file: join(campaignDir, "campaign.yaml"), field: "rollout.results.file", hint: "export the per-arm results there, or point rollout.results at a source" });
    });
    return { origin: file, rows: parseResultRows(rowsOfFile(text, file), file) };
  }
  const definition = await loadSourceDefinition(root, input.source);
  const snapshot = await loadSnapshot(root, capped(definition), options);
  const origin = `source ${definition.name} (${definition.kind})`;
  return { origin, rows: parseResultRows(snapshot.rows, `sources/${definition.name}.yaml`) };
}

/** A postgres query is wrapped in a LIMIT, so a query that forgot its GROUP BY never streams a whole event table. */
function capped(definition: SourceDefinition): SourceDefinition {
  if (definition.kind !== "postgres") return definition;
  const query = definition.query.trim().replace(/;+\s*$/, "");
  return { ...definition, query: `select * from (${query}) as copygate_results limit ${MAX_RESULT_ROWS + 1}` };
}

function rowsOfFile(text: string, file: string): Record<string, unknown>[] {
  const kind = extname(file).toLowerCase();
  if (kind === ".csv") return parseCsv(text, file);
  try {
    if (kind === ".jsonl") return text.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
    const data = JSON.parse(text) as unknown;
    if (!Array.isArray(data)) throw new InputError("a results JSON file holds an array of rows", { file });
    return data as Record<string, unknown>[];
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`results are not valid JSON: ${(error as Error).message}`, { file, hint: "use .csv, .json (an array of rows) or .jsonl" });
  }
}

/** Checks every row: a prompt version, a content hash and whole, non-negative counts. */
export function parseResultRows(rows: Record<string, unknown>[], file: string): ResultRow[] {
  if (rows.length > MAX_RESULT_ROWS) {
    throw new InputError(`more than ${MAX_RESULT_ROWS.toLocaleString("en-US")} result rows: results must be aggregated per arm before they are read`, {
      file,
      hint: "aggregate in the query: select prompt_version, content_hash, count(*) as sends, sum(…) … group by prompt_version, content_hash",
    });
  }
  return rows.map((row, i) => {
    const at = `row ${i + 1}`;
    const version = Number(row.prompt_version);
    if (!Number.isInteger(version) || version < 1) throw new InputError(`${at}: prompt_version must be a version number (found ${JSON.stringify(row.prompt_version)})`, { file, field: "prompt_version" });
    if (typeof row.content_hash !== "string" || !row.content_hash) throw new InputError(`${at}: content_hash is missing: every result row names the content that was sent`, { file, field: "content_hash" });
    const counts = {} as ArmCounts;
    for (const column of COUNT_COLUMNS) {
      const value = Number(row[column] ?? NaN);
      if (!Number.isInteger(value) || value < 0) throw new InputError(`${at}: ${column} must be a whole number of at least 0 (found ${JSON.stringify(row[column])})`, { file, field: column });
      counts[column] = value;
    }
    if (counts.delivered > counts.sends) throw new InputError(`${at}: delivered (${counts.delivered}) exceeds sends (${counts.sends})`, { file, field: "delivered" });
    return { prompt_version: version, content_hash: row.content_hash, ...counts };
  });
}

export interface ArmTotals extends ArmCounts {
  promptVersion: number;
  contentHashes: string[];
}

/** Sums the rows of one prompt version (an arm may have sent more than one approved content). */
export function armTotals(rows: ResultRow[], promptVersion: number): ArmTotals {
  const totals: ArmTotals = { promptVersion, contentHashes: [], ...(Object.fromEntries(COUNT_COLUMNS.map((c) => [c, 0])) as ArmCounts) };
  for (const row of rows.filter((r) => r.prompt_version === promptVersion)) {
    for (const column of COUNT_COLUMNS) totals[column] += row[column];
    if (!totals.contentHashes.includes(row.content_hash)) totals.contentHashes.push(row.content_hash);
  }
  return totals;
}
