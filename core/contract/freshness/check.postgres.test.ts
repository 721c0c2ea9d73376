import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { partitionAudience } from "../audience/index.ts";
import { demoClock } from "../clock.ts";
import { parseCsv } from "../sources/index.ts";
import { PG_REQUIRED, PG_SKIP_LINE, PG_URL, pgReachable } from "../testing/postgres.ts";
import { tempRepo } from "../testing/tempRepo.ts";
import type { TempRepo } from "../testing/tempRepo.ts";
import { checkFreshness } from "./check.ts";

const TABLE = `copygate_usage_${process.pid}_${randomBytes(3).toString("hex")}`;
const pgUp = await pgReachable();

if (!pgUp && !PG_REQUIRED) {
  describe("freshness with product usage in PostgreSQL", () => it.skip(PG_SKIP_LINE, () => undefined));
} else {
  describe("freshness with product usage in PostgreSQL", () => {
    const admin = new pg.Client({ connectionString: PG_URL });
    let repo: TempRepo;
    beforeAll(async () => {
      if (!pgUp) throw new Error("PostgreSQL at 127.0.0.1:5432 is unreachable and COPYGATE_REQUIRE_PG=1");
      repo = await tempRepo();
      await admin.connect();
      await admin.query(`create table ${TABLE} (user_id text primary key, dashboards_created int, queries_run int,
        teammates_invited int, last_active_at timestamptz, updated_at timestamptz not null)`);
      const rows = parseCsv(await readFile(join(repo.root, "datasets/snapshots/product_usage.csv"), "utf8"), "product_usage.csv");
      await admin.query(`insert into ${TABLE} select * from json_populate_recordset(null::${TABLE}, $1)`, [JSON.stringify(rows)]);
      await repo.write(
        "sources/product_usage.yaml",
        `name: product_usage\nkind: postgres\nconnection_env: COPYGATE_SOURCE_USAGE_DB_URL\nhosts: [127.0.0.1, localhost]\nquery: select * from ${TABLE}\nloaded_at_field: updated_at\nkey: user_id\n` +
          "columns:\n  dashboards_created: { type: count, label: dashboards created, label_one: dashboard created }\n" +
          "  queries_run: { type: count, label: queries run, label_one: query run }\n  teammates_invited: { type: count, label: teammates invited, label_one: teammate invited }\n",
      );
    });
    afterAll(async () => {
      if (!pgUp) return;
      await admin.query(`drop table if exists ${TABLE}`);
      await admin.end();
      await repo.cleanup();
    });

    it("judges each recipient's usage row read from PostgreSQL exactly as from the CSV snapshot", async () => {
      const now = await demoClock(repo.root);
      const { report, snapshots } = await checkFreshness({ root: repo.root, campaign: repo.campaign, now, runId: "run_pg", sources: { env: { COPYGATE_SOURCE_USAGE_DB_URL: PG_URL } } });
      expect(report.decision).toBe("proceed_with_generic_variant");
      expect(report.required_inputs.product_usage).toMatchObject({ source: "product_usage", max_age_hours: 6, actual_age_hours: 2, status: "warn", stale_recipients: 40 });
      expect(report.notes).toEqual(["Product usage data is stale for 12 percent of recipients", "40 of 331 eligible recipients get the generic variant"]);
      const { cohorts } = partitionAudience({ campaign: repo.campaign, snapshots, now, report });
      expect(cohorts.find((c) => c.key === "personalized:admin")?.usage_summary).toBe("median 6 dashboards created, 45 queries run, 3 teammates invited");
    });

    it("falls back to the generic variant for everyone, without the connection string, when the database is unreachable", async () => {
      const now = await demoClock(repo.root);
      const secret = "postgres://reader:s3cret-pw@127.0.0.1:1/warehouse";
      const { report } = await checkFreshness({ root: repo.root, campaign: repo.campaign, now, runId: "run_pg", sources: { env: { USAGE_DB_URL: secret }, timeoutMs: 2_000 } });
      expect(report.decision).toBe("proceed_with_generic_variant");
      expect(report.required_inputs.product_usage!.status).toBe("runtime_error");
      expect(JSON.stringify(report)).not.toContain("s3cret-pw");
    });
  });
}
