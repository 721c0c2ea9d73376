/**
 * The content-addressed response cache: one JSON file per answer, named by the sha256 of what was
 * asked (provider, model, parameters, messages). Deliberately not keyed on baseURL or apiKey, so a
 * cache filled against one gateway is reused against another serving the same model, and it can be
 * shared between CI runs through actions/cache. Files are written to a temp name and renamed, so
 * concurrent writers never leave a half-written file (rename is atomic on one filesystem).
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { canonicalJson, sha256 } from "../hash.js";
export function cacheKey(parts) {
    return sha256(canonicalJson(parts));
}
export function cachePath(cacheDir, key) {
    return join(cacheDir, key.slice(0, 2), `${key}.json`);
}
/** The cached answer, or null when absent or unreadable (a damaged file is a miss, never an error). */
export async function readCached(cacheDir, key) {
    let text;
    try {
        text = await readFile(cachePath(cacheDir, key), "utf8");
    }
    catch {
        return null;
    }
    try {
        const answer = JSON.parse(text);
        return answer && answer.key === key && answer.content && typeof answer.content === "object" ? answer : null;
    }
    catch {
        return null;
    }
}
/** Shard folders known to exist: a mkdir per write was a measurable share of a cold eval run. */
const knownFolders = new Set();
export async function writeCached(cacheDir, answer) {
    const target = cachePath(cacheDir, answer.key);
    const folder = dirname(target);
    if (!knownFolders.has(folder)) {
        await mkdir(folder, { recursive: true });
        knownFolders.add(folder);
    }
    const temp = `${target}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
    try {
        await writeFile(temp, `${JSON.stringify(answer, null, 2)}\n`, "utf8");
        await rename(temp, target);
    }
    catch (error) {
        knownFolders.delete(folder); // the folder may have been removed under us: recreate it next time
        await rm(temp, { force: true });
        throw error;
    }
}
