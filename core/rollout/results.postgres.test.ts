/**
 * Results from PostgreSQL: one event row per recipient in the warehouse, aggregated by the
 * source's GROUP BY query so only one row per (prompt version, content hash) reaches copygate.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PG_REQUIRED, PG_SKIP_LINE, PG_URL, pgReachable } from "../contract/testing/postgres.ts";
import { CAMPAIGN_DIR, tempRepo, type TempRepo } from "../contract/testing/tempRepo.ts";
import { loadRolloutAnalysis } from "./index.ts";

const TABLE = `copygate_results_${process.pid}_${randomBytes(3).toString("hex")}`;
const RECIPIENTS = 20_000;
const V7 = "sha256:b6be2eb515025bcd8b1197a3179d6867200adf91593f4a5b0a702c4938b27b1a";
const V8 = "sha256:2fd634733f0a331ac6f1e986786df971a6eb2676ac83a696859f1a3757c1ae27";
const pgUp = await pgReachable();

/** The same synthetic events the SQL inserts, counted here in JavaScript as the independent answer. */
function expectedTotals(version: number) {
  const totals = { sends: 0, delivered: 0, clicks: 0, upgrades: 0, unsubscribes: 0, spam_complaints: 0, support_tickets: 0 };
  for (let g = 1; g <= RECIPIENTS; g++) {
    if ((g % 10 === 0 ? 8 : 7) !== version) continue;
    const delivered = g % 97 !== 0;
    totals.sends++;
    if (!delivered) continue;
    totals.delivered++;
    if (g % 19 === 0) totals.clicks++;
    if (g % 40 === 0 || (version === 8 && g % 30 === 0)) totals.upgrades++;
    if (g % 250 === 0) totals.unsubscribes++;
    if (g % 5000 === 0) totals.spam_complaints++;
    if (g % 700 === 0) totals.support_tickets++;
  }
  return totals;
}

const AGGREGATE = `select prompt_version, content_hash, count(*) as sends,
    count(*) filter (where delivered) as delivered,
    count(*) filter (where delivered and clicked) as clicks,
    count(*) filter (where delivered and upgraded) as upgrades,
    count(*) filter (where delivered and unsubscribed) as unsubscribes,
    count(*) filter (where delivered and spam) as spam_complaints,
    count(*) filter (where delivered and ticket) as support_tickets,
    max(sent_at) as loaded_at
  from ${TABLE} group by prompt_version, content_hash`;

const sourceYaml = (query: string) => `name: campaign_results
kind: postgres
connection_env: COPYGATE_SOURCE_RESULTS_DB_URL
hosts: [127.0.0.1]
query: >-
  ${query.replace(/\n\s*/g, " ")}
loaded_at_field: loaded_at
`;

if (!pgUp && !PG_REQUIRED) {
  describe("rollout results from PostgreSQL", () => {
    it.skip(PG_SKIP_LINE, () => undefined);
  });
} else {
  describe("rollout results from PostgreSQL", () => {
    const admin = new pg.Client({ connectionString: PG_URL });
    let repo: TempRepo;
    beforeAll(async () => {
      if (!pgUp) throw new Error("PostgreSQL at 127.0.0.1:5432 is unreachable and COPYGATE_REQUIRE_PG=1");
      await admin.connect();
      await admin.query(`create table ${TABLE} (recipient_id text primary key, prompt_version int, content_hash text, delivered bool, clicked bool, upgraded bool, unsubscribed bool, spam bool, ticket bool, sent_at timestamptz)`);
      await admin.query(
        `insert into ${TABLE} select 'usr_' || g, case when g % 10 = 0 then 8 else 7 end, case when g % 10 = 0 then $1 else $2 end,
          g % 97 <> 0, g % 19 = 0, g % 40 = 0 or (g % 10 = 0 and g % 30 = 0), g % 250 = 0, g % 5000 = 0, g % 700 = 0,
          timestamptz '2026-11-25T10:00:00Z' + g * interval '1 second'
        from generate_series(1, ${RECIPIENTS}) g`,
        [V8, V7],
      );
      repo = await tempRepo();
      const campaign = repo.campaign;
      await repo.write(`${CAMPAIGN_DIR}/campaign.yaml`, JSON.stringify({ ...campaign, rollout: { ...campaign.rollout, results: { source: "campaign_results" } } }));
    });
    afterAll(async () => {
      await repo?.cleanup();
      if (!pgUp) return;
      await admin.query(`drop table if exists ${TABLE}`);
      await admin.end();
    });

    it("aggregates 20,000 event rows in the database and analyzes the two arms", async () => {
      await repo.write("sources/campaign_results.yaml", sourceYaml(AGGREGATE));
      const analysis = await loadRolloutAnalysis(repo.root, CAMPAIGN_DIR, { env: { COPYGATE_SOURCE_RESULTS_DB_URL: PG_URL } });
      const { promptVersion: _p7, contentHashes: h7, ...control } = analysis.control;
      const { promptVersion: _p8, contentHashes: h8, ...treatment } = analysis.treatment;
      expect(control).toEqual(expectedTotals(7));
      expect(treatment).toEqual(expectedTotals(8));
      expect([h7, h8]).toEqual([[V7], [V8]]);
      expect(analysis.origin).toBe("source campaign_results (postgres)");
      expect(analysis.sampleRatio.mismatch).toBe(false);
      expect(analysis.criteria.map((c) => c.criterion.metric)).toEqual(["upgrade_rate", "unsubscribe_rate"]);
    });

    it("refuses a query that returns events row by row instead of aggregating", async () => {
      await repo.write("sources/campaign_results.yaml", sourceYaml(`select prompt_version, content_hash, 1 as sends, 1 as delivered, 0 as clicks, 0 as upgrades, 0 as unsubscribes, 0 as spam_complaints, 0 as support_tickets, sent_at as loaded_at from ${TABLE}`));
      await expect(loadRolloutAnalysis(repo.root, CAMPAIGN_DIR, { env: { COPYGATE_SOURCE_RESULTS_DB_URL: PG_URL } })).rejects.toThrow(
        "more than 10,000 result rows: results must be aggregated per arm before they are read",
      );
    });
  });
}
