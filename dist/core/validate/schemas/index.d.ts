export type SchemaName = "campaign" | "releases" | "claims" | "legal" | "brand" | "source" | "dataset-row" | "drafts" | "trace" | "prompt-frontmatter";
export declare const SCHEMAS: Record<SchemaName, Record<string, unknown>>;
/** The published file's text: stable key order from the code, two-space indent, trailing newline. */
export declare function schemaFileText(name: SchemaName): string;
