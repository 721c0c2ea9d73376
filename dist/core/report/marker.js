/** The hidden line that marks copygate's sticky comment; found together with the author's identity. */
export const REPORT_MARKER = "<!-- copygate:report -->";
/** GitHub rejects comment bodies over 65,536 characters with 422 "Body is too long". */
export const COMMENT_LIMIT = 65_536;
/** GitHub caps a step's job summary at 1 MiB. */
export const JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024;
export function hasReportMarker(body) {
    return typeof body === "string" && body.startsWith(REPORT_MARKER);
}
