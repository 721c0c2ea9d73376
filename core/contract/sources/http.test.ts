import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HttpSourceDefinition } from "../../model/index.ts";
import { loadSnapshot } from "./index.ts";

const TOKEN = "tok_test_4f1c9e";
const ROWS = [
  { user_id: "usr_1", queries_run: 41, updated_at: "2026-11-20T06:00:00Z" },
  { user_id: "usr_2", queries_run: 7, updated_at: "2026-11-20T07:15:00Z" },
];

/** A real HTTP server on 127.0.0.1 whose paths answer the way APIs fail in practice. */
function startApi(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    if (path === "/usage") {
      if (req.headers.authorization !== `Bearer ${TOKEN}`) return void res.writeHead(401).end('{"error":"unauthorized"}');
      return void res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data: { rows: ROWS } }));
    }
    if (path === "/plain") return void res.writeHead(200).end(JSON.stringify(ROWS));
    if (path === "/broken") return void res.writeHead(500, "Internal Server Error").end("upstream exploded");
    if (path === "/html") return void res.writeHead(200, { "content-type": "text/html" }).end("<html>login</html>");
    if (path === "/truncated") return void res.writeHead(200, { "content-type": "application/json" }).end('[{"email": "ada.10001@example.com", "upd');
    if (path === "/object") return void res.writeHead(200).end('{"data": {"rows": {"not": "an array"}}}');
    if (path === "/slow") return void setTimeout(() => res.writeHead(200).end("[]"), 2_000);
    res.writeHead(404).end();
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

describe("http sources", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = await startApi();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((ok) => server.close(() => ok()));
  });
  const source = (path: string, extra: Partial<HttpSourceDefinition> = {}): HttpSourceDefinition => ({
    name: "usage_api",
    kind: "http",
    url: `${base}${path}`,
    loaded_at_field: "updated_at",
    ...extra,
  });

  it("sends the bearer token from token_env and takes the rows at rows_path", async () => {
    const snapshot = await loadSnapshot("/", source("/usage", { token_env: "COPYGATE_SOURCE_USAGE_TOKEN", hosts: ["127.0.0.1"], rows_path: "data.rows" }), { env: { COPYGATE_SOURCE_USAGE_TOKEN: TOKEN } });
    expect(snapshot.rows).toEqual(ROWS);
    expect(snapshot.max_loaded_at).toBe("2026-11-20T07:15:00.000Z");
  });

  it("reads a top-level array without a rows_path", async () => {
    expect((await loadSnapshot("/", source("/plain"), { env: {} })).rows).toHaveLength(2);
  });

  it("turns a 500 into an error naming the source and status, not the body", async () => {
    await expect(loadSnapshot("/", source("/broken"), { env: {} })).rejects.toThrow(`source "usage_api": GET ${base}/broken answered 500 Internal Server Error`);
  });

  it("turns a 401 into an error that does not contain the token", async () => {
    const error = await loadSnapshot("/", source("/usage", { token_env: "COPYGATE_SOURCE_USAGE_TOKEN", hosts: ["127.0.0.1"] }), { env: { COPYGATE_SOURCE_USAGE_TOKEN: "wrong-secret" } }).catch((e: Error) => e);
    expect(String(error)).toContain("answered 401");
    expect(String(error)).not.toContain("wrong-secret");
  });

  it("turns an answer that is not JSON into a clear error", async () => {
    await expect(loadSnapshot("/", source("/html"), { env: {} })).rejects.toThrow(`source "usage_api": GET ${base}/html did not answer JSON (18 characters of text/html)`);
  });

  it("keeps a truncated body, and the rows in it, out of the error", async () => {
    const error = await loadSnapshot("/", source("/truncated"), { env: {} }).catch((e: Error) => e);
    expect(String(error)).toBe(`SourceReadError: source "usage_api": GET ${base}/truncated did not answer JSON (40 characters of application/json)`);
  });

  it("refuses JSON whose rows_path does not hold an array of rows", async () => {
    await expect(loadSnapshot("/", source("/object", { rows_path: "data.rows" }), { env: {} })).rejects.toThrow(
      `GET ${base}/object answered JSON without an array of row objects at "data.rows"`,
    );
  });

  it("gives up after the timeout with an error that says so", async () => {
    const started = Date.now();
    await expect(loadSnapshot("/", source("/slow"), { env: {}, timeoutMs: 200 })).rejects.toThrow(`GET ${base}/slow did not answer within 200 ms`);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it("says which environment variable to set when the token is missing", async () => {
    await expect(loadSnapshot("/", source("/usage", { token_env: "COPYGATE_SOURCE_USAGE_TOKEN", hosts: ["127.0.0.1"] }), { env: {} })).rejects.toThrow("environment variable COPYGATE_SOURCE_USAGE_TOKEN is not set");
  });

  it("leaves the query string (where keys hide) out of its messages", async () => {
    const error = await loadSnapshot("/", source("/broken?api_key=hunter2"), { env: {} }).catch((e: Error) => e);
    expect(String(error)).toBe(`SourceReadError: source "usage_api": GET ${base}/broken answered 500 Internal Server Error`);
  });
});
