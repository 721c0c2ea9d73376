/** `copygate trace show`: the run's record in the layout reviewers read in the issue and the docs. */
import type { TraceRecord } from "../model/trace.ts";
export declare function formatTrace(record: TraceRecord): string;
