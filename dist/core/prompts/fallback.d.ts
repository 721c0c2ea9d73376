/**
 * The approved fallback template: Handlebars text split into fields by `## <field>` header lines.
 * A field whose output-schema type is an array takes one item per non-empty line; any other field
 * takes its trimmed text. Marketers read and review it like the email itself.
 */
export declare function renderFallback(root: string, workflow: string, input: Record<string, unknown>): Promise<Record<string, unknown>>;
export declare function compileFallback(path: string, source: string): (input: Record<string, unknown>) => string;
/** Splits rendered text into the output schema's fields. */
export declare function fallbackFields(path: string, text: string, outputSchema: object): Record<string, unknown>;
