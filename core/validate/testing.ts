import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { formatProblem } from "./problems.ts";
import { validateRepository } from "./validate.ts";

/** Replaces `from` with `to` in a file of a temporary repository copy; fails loudly when `from` is absent. */
export async function breakFile(root: string, path: string, from: string | RegExp, to: string): Promise<string> {
  const text = await readFile(join(root, path), "utf8");
  if (!(typeof from === "string" ? text.includes(from) : from.test(text))) throw new Error(`${path} no longer contains ${String(from)}: update the test`);
  const broken = text.replace(from, to);
  await writeFile(join(root, path), broken);
  return broken;
}

/** The 1-based line of the first occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" not found`);
  return text.slice(0, index).split("\n").length;
}

/** validate's problem lines for some paths of a repository copy. */
export async function problemLines(root: string, targets: string[] = []): Promise<string[]> {
  return (await validateRepository(root, targets)).problems.map(formatProblem);
}
