import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { InputError } from "../errors.ts";
import { canonicalJson, contentHash } from "../hash.ts";
import { readRepoText, resolveInRepo } from "../files/boundary.ts";
import type { DraftVariant, DraftsFile } from "../model/index.ts";
import { writeRenderedFiles } from "../render/files.ts";
import type { RenderedFiles } from "../render/files.ts";

/**
 * The publishable part of a drafts file: what reviewers approve and the bot publishes, nothing else.
 * With an email template, that includes the email as sent (subject, preview, HTML and text hashes).
 */
export function publishableContent(variants: DraftVariant[]): { audience: string; content: Record<string, unknown>; rendered?: Record<string, string> }[] {
  return variants.map((v) => ({
    audience: v.audience.key,
    content: v.content,
    ...(v.rendered ? { rendered: { subject: v.rendered.subject, preview_text: v.rendered.preview_text, html: v.rendered.html_hash, text: v.rendered.text_hash } } : {}),
  }));
}

export function draftsContentHash(variants: DraftVariant[]): string {
  return contentHash(publishableContent(variants));
}

/** Serialised with two-space indentation and a final newline, so diffs in pull requests stay readable. */
export function serializeDrafts(drafts: DraftsFile): string {
  return `${JSON.stringify(drafts, null, 2)}\n`;
}

/** Writes drafts.json, and the rendered emails beside it when the run rendered any. */
export async function writeDraftsFile(root: string, path: string, drafts: DraftsFile, rendered: RenderedFiles = {}): Promise<void> {
  const absolute = await resolveInRepo(root, path, { file: path });
  if (drafts.variants.some((v) => v.rendered)) await writeRenderedFiles(root, dirname(path), rendered);
  const temporary = `${absolute}.${process.pid}.tmp`;
  await mkdir(dirname(absolute), { recursive: true });
  await removeStaleTemporaries(absolute);
  try {
    await writeFile(temporary, serializeDrafts(drafts));
    await rename(temporary, absolute);
  } finally {
    // After a failed write (disk full, interrupted) nothing half-written stays behind.
    await rm(temporary, { force: true });
  }
}

/**
 * `drafts.json.<pid>.tmp` files left by a run that was killed mid-write (SIGKILL runs no cleanup):
 * removed by the next write, unless their process still runs. .gitignore ignores `*.tmp` meanwhile.
 */
export async function removeStaleTemporaries(absolute: string): Promise<string[]> {
  const folder = dirname(absolute);
  const prefix = `${basename(absolute)}.`;
  const names = await readdir(folder).catch(() => [] as string[]);
  const stale = names.filter((name) => {
    const pid = Number(/^(\d+)\.tmp$/.exec(name.slice(prefix.length))?.[1] ?? Number.NaN);
    return name.startsWith(prefix) && Number.isInteger(pid) && !processRuns(pid);
  });
  await Promise.all(stale.map((name) => rm(join(folder, name), { force: true })));
  return stale;
}

function processRuns(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function readDraftsFile(root: string, path: string): Promise<DraftsFile | null> {
  // A link out of the repository is an error, not a missing file.
  const absolute = await resolveInRepo(root, path, { file: path });
  if (!(await stat(absolute).catch(() => null))) return null;
  const text = await readRepoText(root, path);
  try {
    return JSON.parse(text) as DraftsFile;
  } catch (error) {
    throw new InputError(`${path} is not valid JSON: ${(error as Error).message}`, {
      file: path,
      hint: "regenerate it with `copygate generate` instead of editing it by hand",
    });
  }
}

/** A drafts file without what changes on every run (ids and times, which the trace keeps). */
function withoutRunIdentity(drafts: DraftsFile): unknown {
  const { trace_id: _trace, run_id: _run, generated_at: _at, ...provenance } = drafts.provenance;
  const { run_id: _checkpointRun, ...checkpoint } = drafts.checkpoint;
  return { ...drafts, provenance, checkpoint };
}

/**
 * Whether writing `next` over `committed` would change what reviewers approve: the content, its
 * evals and checkpoint, or its provenance. A re-run with nothing changed leaves the file alone.
 */
export function draftsWouldChange(committed: DraftsFile | null, next: DraftsFile): boolean {
  if (!committed) return true;
  return canonicalJson(withoutRunIdentity(committed)) !== canonicalJson(withoutRunIdentity(next));
}
