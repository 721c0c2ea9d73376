/** Test support: the PostgreSQL server the postgres-source tests use, and whether it answers. */
import pg from "pg";

export const PG_URL = process.env.COPYGATE_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";
/** CI sets COPYGATE_REQUIRE_PG=1: there an unreachable server is a failure, not a skip. */
export const PG_REQUIRED = process.env.COPYGATE_REQUIRE_PG === "1";
export const PG_SKIP_LINE = "is skipped: PostgreSQL at 127.0.0.1:5432 is unreachable (set COPYGATE_REQUIRE_PG=1 to make this a failure)";

export async function pgReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2_000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
