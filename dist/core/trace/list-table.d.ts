/** `copygate trace list`: one row a run, newest first, in aligned plain-text columns. */
import type { TraceRecord } from "../model/trace.ts";
export declare function formatTraceList(records: TraceRecord[]): string;
