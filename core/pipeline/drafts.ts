import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { InputError } from "../errors.ts";
import { canonicalJson, contentHash } from "../hash.ts";
import type { DraftVariant, DraftsFile } from "../model/index.ts";
import { writeRenderedFiles } from "../render/index.ts";
import type { RenderedFiles } from "../render/index.ts";

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
  if (drafts.variants.some((v) => v.rendered)) await writeRenderedFiles(root, dirname(path), rendered);
  const absolute = join(root, path);
  const temporary = `${absolute}.${process.pid}.tmp`;
  await mkdir(dirname(absolute), { recursive: true });
  await writeFile(temporary, serializeDrafts(drafts));
  await rename(temporary, absolute);
}

export async function readDraftsFile(root: string, path: string): Promise<DraftsFile | null> {
  let text: string;
  try {
    text = await readFile(join(root, path), "utf8");
  } catch {
    return null;
  }
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
