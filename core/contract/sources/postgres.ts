import { InputError } from "../../errors.ts";
import { assertDeclaredHost, connectionHost, readSourceSecret } from "./secrets.ts";
import type { SourceLoader, SourceRow } from "./types.ts";
import { DEFAULT_TIMEOUT_MS, SourceReadError } from "./types.ts";

/**
 * A query against PostgreSQL, as dbt reads a source: the rows plus a loaded_at_field. The
 * connection string comes from the environment variable the definition names and never appears
 * in a message (the password lives in it).
 */
export const loadPostgresSource: SourceLoader<"postgres"> = async (_root, definition, options) => {
  const env = options.env ?? process.env;
  const connectionString = readSourceSecret(definition, "connection_env", env, options.secretPrefix);
  // The password travels to whatever host the string names: only to one the definition lists.
  const host = connectionHost(connectionString);
  if (host === undefined) {
    throw new InputError(`${definition.connection_env} is not a postgres:// URL with a host, so where it sends the password cannot be checked`, {
      file: `sources/${definition.name}.yaml`,
      field: "connection_env",
      hint: "write it as postgres://user:password@host:5432/db",
    });
  }
  assertDeclaredHost(definition, host, "connection_env");
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Loaded here, not with the module: every command that knows about sources (validate among them) would pay for the driver.
  const { default: pg } = await import("pg");
  const client = new pg.Client({
    connectionString,
    connectionTimeoutMillis: timeout,
    query_timeout: timeout,
    statement_timeout: timeout,
    // A source only reads: the session refuses writes, so a mistaken query cannot change the warehouse.
    options: "-c default_transaction_read_only=on",
  });
  // A dropped connection emits 'error' on the client; without a listener Node would crash the process.
  client.on("error", () => undefined);
  try {
    await client.connect();
    const result = await client.query(definition.query);
    return result.rows.map(plainRow);
  } catch (error) {
    throw new SourceReadError(definition.name, `PostgreSQL query failed: ${safeMessage(error, connectionString)}`);
  } finally {
    await client.end().catch(() => undefined);
  }
};

/** Timestamps become ISO strings so a snapshot hashes the same however it was read. */
function plainRow(row: Record<string, unknown>): SourceRow {
  const out: SourceRow = {};
  for (const [key, value] of Object.entries(row)) out[key] = value instanceof Date ? value.toISOString() : value;
  return out;
}

function safeMessage(error: unknown, connectionString: string): string {
  const message = error instanceof Error ? error.message || error.name : String(error);
  const code = (error as { code?: string }).code;
  const text = code && !message.includes(code) ? `${message} (${code})` : message;
  return text.split(connectionString).join("<connection string>");
}
