import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PostgresSourceDefinition } from "../../model/index.ts";
import { PG_REQUIRED, PG_SKIP_LINE, PG_URL, pgReachable } from "../testing/postgres.ts";
import { loadSnapshot } from "./index.ts";

const URL = PG_URL;
const TABLE = `copygate_usage_${process.pid}_${randomBytes(3).toString("hex")}`;
const pgUp = await pgReachable();

const source = (query: string, connection_env = "COPYGATE_SOURCE_USAGE_DB_URL"): PostgresSourceDefinition => ({
  name: "usage_db",
  kind: "postgres",
  connection_env,
  hosts: ["127.0.0.1", "localhost"],
  query,
  loaded_at_field: "updated_at",
  key: "user_id",
});

describe("postgres source: without a server", () => {
  it("says which environment variable to set when the connection string is missing", async () => {
    await expect(loadSnapshot("/", source("select 1"), { env: {} })).rejects.toThrow("environment variable COPYGATE_SOURCE_USAGE_DB_URL is not set");
  });

  it("reports a refused connection without printing the connection string or its password", async () => {
    const secretUrl = "postgres://reader:s3cret-pw@127.0.0.1:1/warehouse";
    const error = await loadSnapshot("/", source("select 1"), { env: { COPYGATE_SOURCE_USAGE_DB_URL: secretUrl }, timeoutMs: 2_000 }).catch((e: Error) => e);
    expect(String(error)).toMatch(/^SourceReadError: source "usage_db": PostgreSQL query failed: .*ECONNREFUSED/);
    expect(String(error)).not.toContain("s3cret-pw");
  });
});

if (!pgUp && !PG_REQUIRED) {
  describe("postgres source: against the server at 127.0.0.1:5432", () => {
    it.skip(PG_SKIP_LINE, () => undefined);
  });
} else {
  describe("postgres source: against the server at 127.0.0.1:5432", () => {
    const admin = new pg.Client({ connectionString: URL });
    beforeAll(async () => {
      if (!pgUp) throw new Error("PostgreSQL at 127.0.0.1:5432 is unreachable and COPYGATE_REQUIRE_PG=1");
      await admin.connect();
      await admin.query(`create table ${TABLE} (user_id text primary key, queries_run int, updated_at timestamptz not null)`);
      await admin.query(`insert into ${TABLE} values ('usr_1', 41, '2026-11-20T06:00:00Z'), ('usr_2', 7, '2026-11-20T07:15:00Z')`);
    });
    afterAll(async () => {
      if (!pgUp) return;
      await admin.query(`drop table if exists ${TABLE}`);
      await admin.end();
    });

    it("runs the query and takes max_loaded_at over loaded_at_field, with timestamps as ISO strings", async () => {
      const snapshot = await loadSnapshot("/", source(`select user_id, queries_run, updated_at from ${TABLE} order by user_id`), { env: { COPYGATE_SOURCE_USAGE_DB_URL: URL } });
      expect(snapshot.rows).toEqual([
        { user_id: "usr_1", queries_run: 41, updated_at: "2026-11-20T06:00:00.000Z" },
        { user_id: "usr_2", queries_run: 7, updated_at: "2026-11-20T07:15:00.000Z" },
      ]);
      expect(snapshot.max_loaded_at).toBe("2026-11-20T07:15:00.000Z");
      expect(snapshot.key).toBe("user_id");
    });

    it("hashes the same rows read from PostgreSQL and from a file equally", async () => {
      const fromDb = await loadSnapshot("/", source(`select user_id, updated_at from ${TABLE} where user_id = 'usr_1'`), { env: { COPYGATE_SOURCE_USAGE_DB_URL: URL } });
      expect(fromDb.snapshot_hash).toBe((await import("../../hash.ts")).contentHash([{ user_id: "usr_1", updated_at: "2026-11-20T06:00:00.000Z" }]));
    });

    it("turns a failing query into an error naming the source and the database's reason", async () => {
      await expect(loadSnapshot("/", source(`select * from ${TABLE}_missing`), { env: { COPYGATE_SOURCE_USAGE_DB_URL: URL } })).rejects.toThrow(
        `source "usage_db": PostgreSQL query failed: relation "${TABLE}_missing" does not exist (42P01)`,
      );
    });

    it("reads in a read-only session, so a query that writes is refused", async () => {
      await expect(loadSnapshot("/", source(`delete from ${TABLE} returning *`), { env: { COPYGATE_SOURCE_USAGE_DB_URL: URL } })).rejects.toThrow(
        'source "usage_db": PostgreSQL query failed: cannot execute DELETE in a read-only transaction (25006)',
      );
      const { rows } = await admin.query(`select count(*)::int as n from ${TABLE}`);
      expect(rows[0].n).toBe(2);
    });

    it("keeps a password in the connection string out of a server-side error", async () => {
      const withPassword = URL.replace("postgres://postgres@", "postgres://postgres:s3cret-pw@").replace(/\/test$/, "/no_such_db_copygate");
      const error = await loadSnapshot("/", source("select 1"), { env: { COPYGATE_SOURCE_USAGE_DB_URL: withPassword } }).catch((e: Error) => e);
      expect(String(error)).toMatch(/^SourceReadError: source "usage_db": PostgreSQL query failed: /);
      expect(String(error)).not.toContain("s3cret-pw");
    });
  });
}
