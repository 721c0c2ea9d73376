import type { TraceRecord } from "../model/trace.ts";
export declare const TRACES_DIR = ".copygate/traces";
export declare function tracesDir(root: string): string;
/**
 * Appends the record as one line. The file is opened with O_APPEND and the whole line goes out in
 * a single write(2), so lines from concurrent writers never interleave.
 */
export declare function appendTrace(root: string, record: TraceRecord): Promise<void>;
/** Finds a trace by id across all day files, newest first; null when no run wrote it. */
export declare function readTrace(root: string, traceId: string): Promise<TraceRecord | null>;
/** The most recent traces, newest first (newest day file, then last appended). */
export declare function listTraces(root: string, options?: {
    limit?: number;
}): Promise<TraceRecord[]>;
