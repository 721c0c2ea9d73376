import { readdir, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { InputError } from "../errors.ts";
import { readRepoText, resolveInRepo } from "../files/boundary.ts";
import { preloadMjmlEngine } from "../render/mjml.ts";
import { RepoContext } from "./context.ts";
import { checkFor } from "./file-kinds.ts";
import type { Problem } from "./problems.ts";
import { sortProblems } from "./problems.ts";

export const DEFAULT_TARGETS = ["prompts", "campaigns", "policies", "sources", "datasets", "templates"];
const SKIPPED_FOLDERS = new Set(["node_modules", ".git", ".copygate"]);

export interface ValidationResult {
  problems: Problem[];
  filesChecked: number;
}

/** Checks the given files and folders (default: every content folder); never throws for a broken file. */
export async function validateRepository(root: string, targets: string[] = [], options: { env?: Record<string, string | undefined> } = {}): Promise<ValidationResult> {
  // A named path out of the repository (directly or through a link) is a problem, and nothing reads it.
  const problems: Problem[] = [];
  const inside: string[] = [];
  for (const target of targets) {
    const outside = await resolveInRepo(root, target).then(() => null, (error: Error) => error.message);
    if (outside) problems.push({ path: target, line: 1, col: 1, message: outside });
    else inside.push(target);
  }
  if (targets.length > 0 && inside.length === 0) return { problems: sortProblems(problems), filesChecked: 0 };
  const files = await collectFiles(root, targets.length > 0 ? inside : DEFAULT_TARGETS, targets.length > 0);
  const ctx = new RepoContext(root, options.env);
  // Callers such as the Action pass every changed file; code, docs and snapshots are not ours to check.
  const checked = files.flatMap((file) => {
    const check = checkFor(file);
    return check ? [{ file, check }] : [];
  });
  // Every file is read at once and checked as soon as it is read: a check waiting for the email
  // renderer (in its own thread in the package) does not hold up the others. Problems are sorted.
  if (checked.some(({ file }) => file.endsWith(".mjml"))) preloadMjmlEngine();
  const results = await Promise.all(checked.map(({ file, check }) => checkSafely(file, root, ctx, check)));
  for (const found of results) problems.push(...found);
  return { problems: sortProblems(problems), filesChecked: checked.length };
}

async function checkSafely(file: string, root: string, ctx: RepoContext, check: NonNullable<ReturnType<typeof checkFor>>): Promise<Problem[]> {
  try {
    // Inside the repository (symlinks followed), within the size limit, BOM and CRLF normalised.
    const text = await readRepoText(root, file);
    return await check(file, text, ctx);
  } catch (error) {
    // A check that trips over an unforeseen shape still reports a line, never a stack trace.
    // Never the error of a parser fed a file out of the repository: only what the boundary says.
    const message = error instanceof InputError ? error.message : String((error as Error)?.message ?? error).split("\n")[0];
    return [{ path: file, line: 1, col: 1, message: `cannot check this file: ${message}` }];
  }
}

/** Repository-relative posix paths of the files to check; a named path that does not exist is a usage error. */
async function collectFiles(root: string, targets: string[], explicit: boolean): Promise<string[]> {
  const found = new Set<string>();
  for (const target of targets) {
    const absolute = resolve(root, target);
    const info = await stat(absolute).catch(() => null);
    if (!info) {
      if (explicit) throw new InputError(`no such file or folder: ${target}`, { hint: "give paths relative to the repository root, e.g. campaigns/trial-expiration-3d" });
      continue;
    }
    if (info.isFile()) found.add(toRepoPath(root, absolute));
    else for (const file of await walk(absolute)) if (checkFor(toRepoPath(root, file))) found.add(toRepoPath(root, file));
  }
  return [...found].sort();
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    if (SKIPPED_FOLDERS.has(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    // A symbolic link is checked like a file, so one leading out of the repository is reported, not skipped.
    else if (entry.isFile() || entry.isSymbolicLink()) files.push(path);
  }
  return files;
}

function toRepoPath(root: string, absolute: string): string {
  return relative(root, absolute).split(sep).join("/");
}
