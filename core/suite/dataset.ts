import { readFile } from "node:fs/promises";
/**
 * Eval datasets: JSONL files, one case a line: {id, input, reviewer_decision?, outcome?}.
 * Every error names the file and line, so a marketer can fix the row.
 */
import { readRepoText, RepoFileError } from "../files/boundary.ts";
import { relative, resolve } from "node:path";
import { InputError } from "../errors.ts";
import { contentHash } from "../hash.ts";
import type { DatasetSummary, ReviewerDecision, SuiteCase } from "./types.ts";

const DECISIONS: Record<string, ReviewerDecision> = {
  accept: "accept", accepted: "accept", approve: "accept", approved: "accept",
  reject: "reject", rejected: "reject", changes_requested: "reject",
};

export interface Dataset {
  cases: SuiteCase[];
  summaries: DatasetSummary[];
  /** Over ids and inputs, in order: two runs on the same data have the same hash. */
  hash: string;
}

/**
 * Datasets named by releases.yaml come from the repository (a pull request may edit them) and stay
 * inside it; a file the operator names on the command line (`--dataset`) is read where it is.
 */
export async function loadDatasets(root: string, paths: string[], options: { operatorChosen?: boolean } = {}): Promise<Dataset> {
  const cases: SuiteCase[] = [];
  const summaries: DatasetSummary[] = [];
  const seen = new Map<string, SuiteCase>();
  for (const path of paths) {
    const display = relative(root, resolve(root, path)) || path;
    let text: string;
    try {
      text = options.operatorChosen ? await readFile(resolve(root, path), "utf8") : await readRepoText(root, display);
    } catch (error) {
      if (error instanceof RepoFileError) throw error;
      throw new InputError(`cannot read dataset ${display}`, { file: display, hint: "check the path, or pass --dataset <file>" });
    }
    const rows = parseDatasetText(text, display, cases.length);
    for (const row of rows) {
      const earlier = seen.get(row.id);
      if (earlier) {
        throw new InputError(`duplicate case id "${row.id}" (first at ${earlier.source.file}:${earlier.source.line})`,
          { file: display, line: row.source.line, field: "id", hint: "give every case a unique id" });
      }
      seen.set(row.id, row);
      cases.push(row);
    }
    summaries.push({ path: display, cases: rows.length });
  }
  return { cases, summaries, hash: contentHash(cases.map((c) => [c.id, c.input])) };
}

/** Parses one JSONL text; `offset` is the index of its first case in the whole list. */
export function parseDatasetText(text: string, file: string, offset = 0): SuiteCase[] {
  const cases: SuiteCase[] = [];
  const intern = stringInterner();
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    const end = text.indexOf("\n", start);
    const raw = text.slice(start, end === -1 ? text.length : end).trim();
    start = end === -1 ? text.length + 1 : end + 1;
    if (raw === "") continue;
    cases.push(parseRow(raw, { file, line }, offset + cases.length, intern));
  }
  return cases;
}

/**
 * Rows repeat the same long texts (legal rules, approved claims, brand voice, footer): keeping one
 * copy of each string keeps 10,000 cases in tens of megabytes instead of hundreds.
 */
function stringInterner(): (key: string, value: unknown) => unknown {
  const seen = new Map<string, string>();
  return (_key, value) => {
    if (typeof value !== "string") return value;
    const known = seen.get(value);
    if (known !== undefined) return known;
    seen.set(value, value);
    return value;
  };
}

function parseRow(raw: string, source: { file: string; line: number }, index: number, reviver?: (key: string, value: unknown) => unknown): SuiteCase {
  const fail = (message: string, field?: string, hint?: string): never => {
    throw new InputError(message, { file: source.file, line: source.line, field, hint });
  };
  let row: unknown;
  try {
    row = JSON.parse(raw, reviver);
  } catch (error) {
    fail(`invalid JSON: ${(error as Error).message}`, undefined, "each line must be one JSON object");
  }
  if (!isRecord(row)) return fail("a case must be a JSON object", undefined, "write {\"id\": …, \"input\": {…}}");
  const id = row.id;
  if (typeof id !== "string" && typeof id !== "number") return fail("case has no id", "id", "add a unique \"id\" string");
  if (!isRecord(row.input)) return fail(`case "${id}" has no input object`, "input", "add the prompt input as \"input\": {…}");
  const suiteCase: SuiteCase = { id: String(id), index, input: row.input, source };
  if (row.reviewer_decision !== undefined && row.reviewer_decision !== null) {
    const decision = DECISIONS[String(row.reviewer_decision).toLowerCase()];
    if (!decision) {
      fail(`case "${id}": unknown reviewer_decision "${String(row.reviewer_decision)}"`, "reviewer_decision",
        "use accepted or rejected");
    }
    suiteCase.reviewerDecision = decision;
  }
  if (row.outcome !== undefined) suiteCase.outcome = row.outcome;
  return suiteCase;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
