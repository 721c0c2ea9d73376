import type { SourceLoader } from "./types.ts";
/**
 * A query against PostgreSQL, as dbt reads a source: the rows plus a loaded_at_field. The
 * connection string comes from the environment variable the definition names and never appears
 * in a message (the password lives in it).
 */
export declare const loadPostgresSource: SourceLoader<"postgres">;
