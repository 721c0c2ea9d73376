import pg from "pg";
import { InputError } from "../../errors.js";
import { DEFAULT_TIMEOUT_MS, SourceReadError } from "./types.js";
/**
 * A query against PostgreSQL, as dbt reads a source: the rows plus a loaded_at_field. The
 * connection string comes from the environment variable the definition names and never appears
 * in a message (the password lives in it).
 */
export const loadPostgresSource = async (_root, definition, options) => {
    const env = options.env ?? process.env;
    const connectionString = env[definition.connection_env];
    if (!connectionString) {
        throw new InputError(`environment variable ${definition.connection_env} is not set`, {
            file: `sources/${definition.name}.yaml`,
            field: "connection_env",
            hint: `set ${definition.connection_env} to the PostgreSQL connection string (postgres://user:password@host:5432/db)`,
        });
    }
    const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
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
    }
    catch (error) {
        throw new SourceReadError(definition.name, `PostgreSQL query failed: ${safeMessage(error, connectionString)}`);
    }
    finally {
        await client.end().catch(() => undefined);
    }
};
/** Timestamps become ISO strings so a snapshot hashes the same however it was read. */
function plainRow(row) {
    const out = {};
    for (const [key, value] of Object.entries(row))
        out[key] = value instanceof Date ? value.toISOString() : value;
    return out;
}
function safeMessage(error, connectionString) {
    const message = error instanceof Error ? error.message || error.name : String(error);
    const code = error.code;
    const text = code && !message.includes(code) ? `${message} (${code})` : message;
    return text.split(connectionString).join("<connection string>");
}
