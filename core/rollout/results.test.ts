import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAMPAIGN_DIR, tempRepo, type TempRepo } from "../contract/testing/tempRepo.ts";
import { loadResults, parseResultRows } from "./index.ts";

const HASH = "sha256:2fd634733f0a331ac6f1e986786df971a6eb2676ac83a696859f1a3757c1ae27";
const ROW = { prompt_version: 8, content_hash: HASH, sends: 100, delivered: 98, clicks: 7, upgrades: 3, unsubscribes: 1, spam_complaints: 0, support_tickets: 0 };

describe("result rows", () => {
  it("reads numbers from CSV text and names the row and column of a bad count", () => {
    expect(parseResultRows([{ ...ROW, sends: "100", prompt_version: "8" }], "r.csv")[0]).toEqual(ROW);
    expect(() => parseResultRows([ROW, { ...ROW, clicks: "seven" }], "r.csv")).toThrow('row 2: clicks must be a whole number of at least 0 (found "seven")');
    expect(() => parseResultRows([{ ...ROW, content_hash: "" }], "r.csv")).toThrow("row 1: content_hash is missing: every result row names the content that was sent");
    expect(() => parseResultRows([{ ...ROW, delivered: 101 }], "r.csv")).toThrow("row 1: delivered (101) exceeds sends (100)");
    expect(() => parseResultRows([{ ...ROW, prompt_version: "v8" }], "r.csv")).toThrow('row 1: prompt_version must be a version number (found "v8")');
  });
});

describe("results sources", () => {
  let repo: TempRepo;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    repo = await tempRepo();
    server = createServer((req, res) => {
      if (req.headers.authorization !== "Bearer tok_results") return void res.writeHead(401).end("{}");
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data: [{ ...ROW, loaded_at: "2026-11-30T10:00:00Z" }] }));
    });
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", () => ok()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await repo.cleanup();
    server.closeAllConnections();
    await new Promise<void>((ok) => server.close(() => ok()));
  });

  it("reads a JSON file beside campaign.yaml", async () => {
    await repo.write(`${CAMPAIGN_DIR}/results.json`, JSON.stringify([ROW]));
    expect(await loadResults(repo.root, CAMPAIGN_DIR, { file: "results.json" })).toEqual({ origin: `${CAMPAIGN_DIR}/results.json`, rows: [ROW] });
  });

  it("says where a missing results file was expected and what to do", async () => {
    await expect(loadResults(repo.root, CAMPAIGN_DIR, { file: "results.csv" })).rejects.toMatchObject({
      message: `results file ${CAMPAIGN_DIR}/results.csv does not exist`,
      file: `${CAMPAIGN_DIR}/campaign.yaml`,
      field: "rollout.results.file",
    });
  });

  it("reads an http source with its token from the environment", async () => {
    await repo.write("sources/results_api.yaml", `name: results_api\nkind: http\nurl: ${base}/results\ntoken_env: COPYGATE_SOURCE_RESULTS_TOKEN\nhosts: [127.0.0.1]\nrows_path: data\nloaded_at_field: loaded_at\n`);
    const loaded = await loadResults(repo.root, CAMPAIGN_DIR, { source: "results_api" }, { env: { COPYGATE_SOURCE_RESULTS_TOKEN: "tok_results" } });
    expect(loaded).toEqual({ origin: "source results_api (http)", rows: [ROW] });
  });
});
