/**
 * One repository boundary for every file copygate reads: snapshots, policies, prompts, templates
 * and partials, datasets, drafts, fallback templates. A path is resolved with symlinks followed and
 * must stay inside the repository; otherwise a clear error at the line that named it. The error
 * never quotes what the target holds (a link to /proc/self/environ must not leak one variable),
 * nor where a link points: only the path as the repository wrote it.
 */
import { readlinkSync, realpathSync } from "node:fs";
import { readFile, readlink, realpath, stat } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { InputError } from "../errors.ts";

/** Every repository file copygate reads is text a person reviews; 5 MB is far beyond any of them. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Where a path was named, so the error points at that line. */
export interface PathReference {
  file?: string;
  line?: number;
  col?: number;
  field?: string;
}

const inside = (root: string, target: string) => {
  const rel = relative(root, target);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
};

/** The real path of the deepest existing ancestor, plus the rest: a file still to be written stays checkable. */
async function realTarget(absolute: string): Promise<string> {
  let existing = absolute;
  const rest: string[] = [];
  for (let hops = 0; ; hops += 1) {
    const real = await realpath(existing).catch(() => null);
    if (real !== null) return resolve(real, ...rest.reverse());
    // A dangling link still says where a write would land: follow it by hand.
    const link = hops < 40 ? await readlink(existing).catch(() => null) : null;
    if (link !== null) {
      existing = resolve(dirname(existing), link);
      continue;
    }
    const parent = dirname(existing);
    if (parent === existing) return absolute;
    rest.push(existing.slice(parent.length).replace(/^[\\/]/, ""));
    existing = parent;
  }
}

/** Outside the boundary or over a limit: callers that turn a missing file into their own message rethrow this. */
export class RepoFileError extends InputError {
  override readonly name = "RepoFileError";
}

function outsideError(path: string, ref: PathReference): InputError {
  return new RepoFileError(`${path} is outside the repository (a path or a symbolic link leads out of it)`, {
    ...ref,
    hint: "copygate reads only files inside the repository: copy the file in, or fix the path",
  });
}

/**
 * The absolute path of a repository path after following symlinks; throws when it leaves the
 * repository. `path` is relative to the root (or to `from`, a repository folder, when given).
 */
export async function resolveInRepo(root: string, path: string, ref: PathReference = {}, from = ""): Promise<string> {
  const realRoot = await realpath(root).catch(() => resolve(root));
  const lexical = resolve(realRoot, from, path);
  if (!inside(realRoot, lexical)) throw outsideError(path, ref);
  const real = await realTarget(lexical);
  if (!inside(realRoot, real)) throw outsideError(path, ref);
  return real;
}

/** resolveInRepo for synchronous callers (Handlebars partial lookups). */
export function resolveInRepoSync(root: string, path: string, ref: PathReference = {}, from = ""): string {
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = resolve(root);
  }
  const lexical = resolve(realRoot, from, path);
  if (!inside(realRoot, lexical)) throw outsideError(path, ref);
  let real = lexical;
  try {
    real = realpathSync(lexical);
  } catch {
    // A missing file is the caller's error to report; a dangling link still says where it leads.
    try {
      real = resolve(dirname(lexical), readlinkSync(lexical));
    } catch {
      real = lexical;
    }
  }
  if (!inside(realRoot, real)) throw outsideError(path, ref);
  return real;
}

/** True when a repository path exists and is not a link out of the repository. */
export async function isInsideRepo(root: string, path: string): Promise<boolean> {
  return resolveInRepo(root, path).then(
    () => true,
    () => false,
  );
}

/**
 * Reads a repository text file: inside the boundary, a regular file, at most `maxBytes`, decoded
 * as UTF-8 with a leading BOM removed and CRLF line ends turned into LF, so every parser sees one
 * form whatever editor wrote the file.
 */
export async function readRepoText(root: string, path: string, options: { ref?: PathReference; maxBytes?: number } = {}): Promise<string> {
  const ref = options.ref ?? { file: path };
  const absolute = await resolveInRepo(root, path, ref);
  const info = await stat(absolute).catch(() => null);
  if (!info) throw new InputError(`cannot read ${path}: no such file`, { ...ref, hint: "check the path exists in the repository" });
  if (!info.isFile()) throw new InputError(`cannot read ${path}: not a regular file`, { ...ref, hint: "point at a file in the repository" });
  const max = options.maxBytes ?? MAX_FILE_BYTES;
  if (info.size > max) {
    throw new RepoFileError(`${path} is ${formatBytes(info.size)}, over the limit of ${formatBytes(max)}`, { ...ref, hint: "split the file or trim it; copygate files are reviewed by people" });
  }
  return normalizeFileText(await readFile(absolute, "utf8"));
}

/** The line of a top-level key in a repository YAML file, so a runtime error points where a person edits. */
export async function keyLine(root: string, file: string, key: string): Promise<number | undefined> {
  const text = await readRepoText(root, file).catch(() => "");
  const index = text.split("\n").findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? undefined : index + 1;
}

/** BOM removed, CRLF and lone CR turned into LF. */
export function normalizeFileText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, "")} KB`;
  return `${bytes} bytes`;
}
