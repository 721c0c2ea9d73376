import { InputError } from "../../errors.ts";
import { keyLine, readRepoText, RepoFileError } from "../../files/boundary.ts";
import { parseCsv } from "./csv.ts";
import type { SourceLoader, SourceRow } from "./types.ts";
import { SourceReadError } from "./types.ts";

/** A snapshot file in the repository: JSON (an array, or {rows: [...]}), JSONL or CSV. */
export const loadFileSource: SourceLoader<"file"> = async (root, definition) => {
  const definitionFile = `sources/${definition.name}.yaml`;
  const display = definition.path;
  let text: string;
  try {
    text = await readRepoText(root, definition.path, { ref: { file: definitionFile, line: await keyLine(root, definitionFile, "path"), field: "path" } });
  } catch (error) {
    // Outside the repository or over the size limit: the definition's line says so; a missing file is a read error.
    if (error instanceof RepoFileError) throw error;
    throw new SourceReadError(definition.name, `cannot read ${display}`);
  }
  if (definition.format === "csv") return parseCsv(text, display);
  if (definition.format === "jsonl") return parseJsonLines(text, display);
  return parseJsonRows(text, display);
};

function parseJsonLines(text: string, file: string): SourceRow[] {
  const rows: SourceRow[] = [];
  text.split(/\r?\n/).forEach((lineText, index) => {
    if (lineText.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(lineText);
    } catch {
      throw new InputError("line is not valid JSON", { file, line: index + 1, hint: "each line of a .jsonl file holds one JSON object" });
    }
    rows.push(asRow(value, file, index + 1));
  });
  return rows;
}

function parseJsonRows(text: string, file: string): SourceRow[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // V8 quotes the text around the fault, which may be a recipient's row: report only where it is.
    const position = Number(/position (\d+)/.exec((error as Error).message)?.[1] ?? Number.NaN);
    const line = Number.isNaN(position) ? undefined : text.slice(0, position).split("\n").length;
    throw new InputError("file is not valid JSON", { file, line, hint: "fix the JSON syntax at this line" });
  }
  const rows = Array.isArray(value) ? value : (value as { rows?: unknown } | null)?.rows;
  if (!Array.isArray(rows)) {
    throw new InputError("JSON snapshot holds no rows", { file, hint: 'write an array of objects, or {"rows": [...]}' });
  }
  return rows.map((row) => asRow(row, file));
}

function asRow(value: unknown, file: string, line?: number): SourceRow {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw new InputError("a row must be a JSON object", { file, line, hint: 'e.g. {"user_id": "usr_1", "updated_at": "…"}' });
  }
  return value as SourceRow;
}

