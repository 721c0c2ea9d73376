/** The trace example of the pipeline issue as a record: the fixture for the exact-layout tests. */
import type { TraceRecord } from "../model/trace.ts";
export declare function issueExampleTrace(overrides?: Partial<TraceRecord>): TraceRecord;
/** The issue's trace example, as the text `copygate trace show` must print for issueExampleTrace(). */
export declare const ISSUE_EXAMPLE_TRACE_TEXT: string;
