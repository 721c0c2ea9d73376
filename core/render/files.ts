import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { sha256 } from "../hash.ts";
import type { DraftVariant, RenderedRecord } from "../model/index.ts";
import type { RenderedEmail } from "./render.ts";

/** "personalized:admin" → "personalized-admin": one file name per audience key. */
export function renderedSlug(audienceKey: string): string {
  return audienceKey.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

export function fileHash(bytes: string): string {
  return `sha256:${sha256(bytes)}`;
}

/** The drafts-file record of a rendered variant; the files themselves are written by writeRenderedFiles. */
export function renderedRecord(audienceKey: string, email: RenderedEmail): RenderedRecord {
  const slug = renderedSlug(audienceKey);
  return {
    subject: email.subject,
    preview_text: email.previewText,
    html_file: `rendered/${slug}.html`,
    html_hash: fileHash(email.html),
    text_file: `rendered/${slug}.txt`,
    text_hash: fileHash(email.text),
  };
}

/** Rendered files keyed by their path relative to the campaign folder. */
export type RenderedFiles = Record<string, string>;

export function renderedFiles(record: RenderedRecord, email: RenderedEmail): RenderedFiles {
  return { [record.html_file]: email.html, [record.text_file]: email.text };
}

/** Replaces the campaign's rendered/ folder: files of variants that no longer exist must not linger in the review. */
export async function writeRenderedFiles(root: string, campaignDir: string, files: RenderedFiles): Promise<void> {
  const folder = join(root, campaignDir, "rendered");
  const existing = await readdir(folder).catch(() => [] as string[]);
  for (const name of existing) if (!Object.hasOwn(files, `rendered/${name}`)) await rm(join(folder, name), { force: true });
  for (const [path, bytes] of Object.entries(files)) {
    await mkdir(dirname(join(root, campaignDir, path)), { recursive: true });
    await writeFile(join(root, campaignDir, path), bytes);
  }
}

/** A rendered file that is missing or whose bytes do not match the drafts' hash; null when all match. */
export async function renderedMismatch(root: string, campaignDir: string, variants: DraftVariant[]): Promise<string | null> {
  for (const variant of variants) {
    const record = variant.rendered;
    if (!record) continue;
    for (const [file, hash] of [[record.html_file, record.html_hash], [record.text_file, record.text_hash]] as const) {
      const bytes = await readFile(join(root, campaignDir, file), "utf8").catch(() => null);
      if (bytes === null) return `${campaignDir}/${file} is missing`;
      if (fileHash(bytes) !== hash) return `${campaignDir}/${file} does not match its hash in drafts.json (edited by hand after generation?)`;
    }
  }
  return null;
}
