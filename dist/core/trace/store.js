/**
 * The local trace store: one JSON line a run in `.copygate/traces/<YYYY-MM-DD>.jsonl`.
 * Append-only, so concurrent runs (a CI matrix, the bot and a developer) can share the folder.
 */
import { mkdir, open, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { assertNoPersonalData } from "./redact.js";
export const TRACES_DIR = ".copygate/traces";
const DAY_FILE = /^\d{4}-\d{2}-\d{2}\.jsonl$/;
export function tracesDir(root) {
    return join(root, TRACES_DIR);
}
/** The day file a record belongs to: the UTC date the run started (today when that is unreadable). */
function dayFileName(record) {
    const started = new Date(record.started_at);
    const day = Number.isNaN(started.getTime()) ? new Date() : started;
    return `${day.toISOString().slice(0, 10)}.jsonl`;
}
/**
 * Appends the record as one line. The file is opened with O_APPEND and the whole line goes out in
 * a single write(2), so lines from concurrent writers never interleave.
 */
export async function appendTrace(root, record) {
    assertNoPersonalData(record);
    const line = Buffer.from(`${JSON.stringify(record)}\n`, "utf8");
    const dir = tracesDir(root);
    await mkdir(dir, { recursive: true });
    const file = await open(join(dir, dayFileName(record)), "a");
    try {
        const { bytesWritten } = await file.write(line, 0, line.length);
        if (bytesWritten !== line.length) {
            throw new Error(`short write to ${TRACES_DIR}/${dayFileName(record)}: ${bytesWritten} of ${line.length} bytes`);
        }
    }
    finally {
        await file.close();
    }
}
/** Day files, newest day first. */
async function dayFiles(root) {
    try {
        const names = await readdir(tracesDir(root));
        return names.filter((name) => DAY_FILE.test(name)).sort().reverse();
    }
    catch (error) {
        if (error.code === "ENOENT")
            return [];
        throw error;
    }
}
/** A file's records, last appended first. A torn or hand-edited line is skipped, not fatal. */
async function recordsNewestFirst(root, name) {
    const text = await readFile(join(tracesDir(root), name), "utf8");
    const records = [];
    for (const line of text.split("\n").reverse()) {
        if (!line.trim())
            continue;
        try {
            const parsed = JSON.parse(line);
            if (parsed && typeof parsed.trace_id === "string")
                records.push(parsed);
        }
        catch {
            // skip: one bad line must not hide every other run's trace
        }
    }
    return records;
}
/** Finds a trace by id across all day files, newest first; null when no run wrote it. */
export async function readTrace(root, traceId) {
    for (const name of await dayFiles(root)) {
        const found = (await recordsNewestFirst(root, name)).find((r) => r.trace_id === traceId);
        if (found)
            return found;
    }
    return null;
}
/** The most recent traces, newest first (newest day file, then last appended). */
export async function listTraces(root, options = {}) {
    const limit = options.limit ?? 20;
    const out = [];
    for (const name of await dayFiles(root)) {
        if (out.length >= limit)
            break;
        out.push(...(await recordsNewestFirst(root, name)));
    }
    return out.slice(0, limit);
}
