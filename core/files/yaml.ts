import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { parseDocument } from "yaml";
import { InputError } from "../errors.ts";

/** Reads a YAML file into plain data; a syntax error names the file, line and column. */
export async function readYamlFile<T = unknown>(root: string, path: string): Promise<T> {
  const absolute = resolve(root, path);
  const display = relative(root, absolute) || path;
  let text: string;
  try {
    text = await readFile(absolute, "utf8");
  } catch {
    throw new InputError(`cannot read ${display}`, { file: display, hint: "check the path exists in the repository" });
  }
  const doc = parseDocument(text, { prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const [line, col] = first.linePos?.[0] ? [first.linePos[0].line, first.linePos[0].col] : [1, 1];
    throw new InputError(`YAML syntax error: ${first.message.split("\n")[0]}`, { file: display, line, col });
  }
  return doc.toJS() as T;
}
