/**
 * "trace_" + 32 hex characters: the hex part is a valid 16-byte OpenTelemetry trace id, so the
 * same id finds the run in `.copygate/traces` and in any OTLP backend.
 */
export declare function newTraceId(): string;
/**
 * "run_YYYY_MM_DD_HHMM_xxxx" in UTC. The minute says when the run happened at a glance; the four
 * random hex characters keep two runs started in the same minute apart.
 */
export declare function newRunId(now: Date): string;
