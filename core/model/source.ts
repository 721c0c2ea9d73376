/**
 * What a column may hold, declared by the source definition. Only declared columns reach a prompt,
 * and only as their type allows: a count by its label (never the column's own name), an
 * enumeration by one of its values. Anything else in a row stays data the prompt never sees.
 */
export type ColumnType =
  | { type: "count"; label: string; label_one?: string; max?: number }
  | { type: "enum"; values: string[] }
  | { type: "text"; max_chars: number };

/** sources/<name>.yaml — where a contract input's rows come from. */
export interface FileSourceDefinition {
  name: string;
  kind: "file";
  path: string;
  format: "json" | "jsonl" | "csv";
  loaded_at_field: string;
  key?: string;
  description?: string;
  contains_personal_data?: boolean;
  columns?: Record<string, ColumnType>;
}
export interface PostgresSourceDefinition {
  name: string;
  kind: "postgres";
  /** Name of the environment variable holding the connection string (never the string itself). */
  connection_env: string;
  /** Hosts the connection string may connect to. */
  hosts?: string[];
  query: string;
  loaded_at_field: string;
  key?: string;
  description?: string;
  contains_personal_data?: boolean;
  columns?: Record<string, ColumnType>;
}
export interface HttpSourceDefinition {
  name: string;
  kind: "http";
  url: string;
  /** Environment variable with a bearer token, if the API needs one (named COPYGATE_SOURCE_*). */
  token_env?: string;
  /** Hosts the token may be sent to; required with token_env. */
  hosts?: string[];
  /** Dotted path to the rows array in the JSON response, e.g. "data.rows". */
  rows_path?: string;
  loaded_at_field: string;
  key?: string;
  description?: string;
  contains_personal_data?: boolean;
  columns?: Record<string, ColumnType>;
}
export type SourceDefinition = FileSourceDefinition | PostgresSourceDefinition | HttpSourceDefinition;

/** What every source kind returns: plain rows and when they were loaded. */
export interface SourceSnapshot {
  source: string;
  rows: Record<string, unknown>[];
  /** max(loaded_at_field) over the rows, ISO 8601; null when there are no rows. */
  max_loaded_at: string | null;
  /** sha256 over the canonical rows, so a draft can say which input snapshot produced it. */
  snapshot_hash: string;
  /** The definition's loaded_at_field and key, so later stages can judge each row's own age. */
  loaded_at_field?: string;
  key?: string;
  /** The definition's declared column types, so prompt inputs drawn from the rows stay typed. */
  columns?: Record<string, ColumnType>;
}
