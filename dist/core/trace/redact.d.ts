/**
 * The redaction guard: a trace is an audit record that travels (JSONL files in CI artifacts, OTLP
 * collectors), so it must never hold personal data, nor a secret. Checked before every write and
 * export; it names the offending field and never repeats the offending value.
 */
export declare class TraceRedactionError extends Error {
    readonly path: string;
    constructor(path: string, why: string);
}
/** Throws TraceRedactionError naming the first offending field path. */
export declare function assertNoPersonalData(record: unknown): void;
