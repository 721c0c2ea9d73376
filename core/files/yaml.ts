import { relative, resolve } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { InputError } from "../errors.ts";
import { ALIAS_BOMB_MESSAGE, MAX_ALIAS_COUNT, firstAliasOffset } from "../validate/positions.ts";
import { readRepoText, RepoFileError } from "./boundary.ts";

/** Reads a YAML file into plain data; a syntax error names the file, line and column. */
export async function readYamlFile<T = unknown>(root: string, path: string): Promise<T> {
  const absolute = resolve(root, path);
  const display = relative(root, absolute) || path;
  let text: string;
  try {
    text = await readRepoText(root, display);
  } catch (error) {
    if (error instanceof RepoFileError) throw error;
    throw new InputError(`cannot read ${display}`, { file: display, hint: "check the path exists in the repository" });
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, lineCounter, logLevel: "error" });
  const first = doc.errors[0];
  if (first) {
    const { line, col } = lineCounter.linePos(first.pos[0]);
    throw new InputError(`YAML syntax error: ${first.message.split("\n")[0]}`, { file: display, line, col });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!/alias/i.test(String((error as Error)?.message))) throw error;
    const { line, col } = lineCounter.linePos(firstAliasOffset(text));
    throw new InputError(`YAML syntax error: ${ALIAS_BOMB_MESSAGE}`, { file: display, line, col });
  }
  // Every copygate YAML file is a mapping of fields; anything else would fail later with a TypeError.
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new InputError(data == null ? "the file is empty" : "expected a mapping of fields (key: value lines) at the top level", {
      file: display,
      line: 1,
      col: 1,
      hint: `run copygate validate ${display}`,
    });
  }
  return data as T;
}
