import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../errors.ts";
import type { DraftVariant } from "../model/index.ts";
import { fileHash } from "./files.ts";
import type { RenderedEmail } from "./render.ts";

/**
 * The email a variant sends, read from its committed rendered/ files (never re-rendered): what
 * reviewers approved, byte for byte. Null when the campaign renders no email. A missing file or
 * one whose bytes differ from the hash in drafts.json is an error, so nothing unverified is published.
 */
export async function loadRenderedVariant(root: string, campaignDir: string, variant: DraftVariant): Promise<RenderedEmail | null> {
  const record = variant.rendered;
  if (!record) return null;
  const read = async (file: string, hash: string): Promise<string> => {
    const path = join(campaignDir, file);
    const bytes = await readFile(join(root, path), "utf8").catch(() => null);
    if (bytes === null) throw new InputError(`${path} is missing`, { file: path, hint: "run `copygate generate` and commit the rendered/ folder with drafts.json" });
    if (fileHash(bytes) !== hash) throw new InputError(`${path} does not match its hash in drafts.json`, { file: path, hint: "regenerate instead of editing rendered files by hand" });
    return bytes;
  };
  const [html, text] = await Promise.all([read(record.html_file, record.html_hash), read(record.text_file, record.text_hash)]);
  return { subject: record.subject, previewText: record.preview_text, html, text };
}
