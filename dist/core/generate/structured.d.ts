export type ResponseFormatMode = "json_schema" | "json_object";
export type ResponseFormatParam = {
    type: "json_schema";
    json_schema: {
        name: string;
        schema: Record<string, unknown>;
        strict: boolean;
    };
} | {
    type: "json_object";
};
export declare function responseFormat(mode: ResponseFormatMode, name: string, schema: object): ResponseFormatParam;
/** OpenAI allows a-z, A-Z, 0-9, _ and -, at most 64 characters. */
export declare function schemaName(name: string): string;
/**
 * Strict mode needs every object closed (additionalProperties: false) and every property required;
 * a schema that is not will be rejected in strict mode, so we ask non-strictly and rely on ajv.
 */
export declare function isStrictCompatible(schema: unknown): boolean;
export type ContentCheck = {
    ok: true;
    content: Record<string, unknown>;
} | {
    ok: false;
    error_class: "malformed_json" | "schema_invalid" | "empty_content";
    reason: string;
};
/** Parse the model's text (tolerating one ```json fence, as models often add) and validate it. */
export declare function checkContent(text: string | null | undefined, schema: object): ContentCheck;
