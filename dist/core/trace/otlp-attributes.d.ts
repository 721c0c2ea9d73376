export type OtlpAnyValue = {
    stringValue: string;
} | {
    intValue: string;
} | {
    doubleValue: number;
} | {
    boolValue: boolean;
} | {
    arrayValue: {
        values: OtlpAnyValue[];
    };
};
export interface OtlpAttribute {
    key: string;
    value: OtlpAnyValue;
}
export declare const str: (key: string, value: string) => OtlpAttribute;
export declare const int: (key: string, value: number) => OtlpAttribute;
export declare const dbl: (key: string, value: number) => OtlpAttribute;
export declare const bool: (key: string, value: boolean) => OtlpAttribute;
export declare const strList: (key: string, values: string[]) => OtlpAttribute;
/** Drops attributes whose value the record did not have, so optional fields need no if-chains. */
export declare function present(...attributes: (OtlpAttribute | undefined | false)[]): OtlpAttribute[];
/** Milliseconds since the epoch → nanoseconds as the decimal string OTLP/JSON expects for fixed64. */
export declare function unixNano(ms: number): string;
/**
 * The 32-hex OTLP trace id for a copygate trace id. New ids (trace_<32 hex>) map to themselves, so
 * the id a reviewer copies from `trace list` finds the same run in the backend; shorter or older
 * ids are hashed to a stable id.
 */
export declare function otlpTraceId(traceId: string): string;
/**
 * A 16-hex span id derived from the trace id and the span's role: re-exporting the same record
 * yields the same ids, so a collector sees duplicates instead of a second, diverging tree.
 */
export declare function otlpSpanId(traceId: string, role: string): string;
