import type { TraceRecord } from "../../model/index.ts";
/** A trace record is read by other tools (OTLP export, dashboards): it stays open to added fields. */
export declare const traceSchema: {
    $schema: string;
    $id: string;
    title: string;
    type: string;
    required: string[];
    properties: Record<keyof TraceRecord, unknown>;
};
