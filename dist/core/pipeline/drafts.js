import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { InputError } from "../errors.js";
import { contentHash } from "../hash.js";
/** The publishable part of a drafts file: what reviewers approve and the bot publishes, nothing else. */
export function publishableContent(variants) {
    return variants.map((v) => ({ audience: v.audience.key, content: v.content }));
}
export function draftsContentHash(variants) {
    return contentHash(publishableContent(variants));
}
/** Serialised with two-space indentation and a final newline, so diffs in pull requests stay readable. */
export function serializeDrafts(drafts) {
    return `${JSON.stringify(drafts, null, 2)}\n`;
}
export async function writeDraftsFile(root, path, drafts) {
    const absolute = join(root, path);
    const temporary = `${absolute}.${process.pid}.tmp`;
    await mkdir(dirname(absolute), { recursive: true });
    await writeFile(temporary, serializeDrafts(drafts));
    await rename(temporary, absolute);
}
export async function readDraftsFile(root, path) {
    let text;
    try {
        text = await readFile(join(root, path), "utf8");
    }
    catch {
        return null;
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new InputError(`${path} is not valid JSON: ${error.message}`, {
            file: path,
            hint: "regenerate it with `copygate generate` instead of editing it by hand",
        });
    }
}
