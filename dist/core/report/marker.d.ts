/** The hidden line that marks copygate's sticky comment; found together with the author's identity. */
export declare const REPORT_MARKER = "<!-- copygate:report -->";
/** GitHub rejects comment bodies over 65,536 characters with 422 "Body is too long". */
export declare const COMMENT_LIMIT = 65536;
/** GitHub caps a step's job summary at 1 MiB. */
export declare const JOB_SUMMARY_LIMIT_BYTES: number;
export declare function hasReportMarker(body: string | null | undefined): boolean;
