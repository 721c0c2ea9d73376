import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { customerioTarget } from "../../core/publish/targets/customerio.ts";
import type { TargetEnvironment } from "../../core/publish/targets/index.ts";
import { exampleRequest, renderedFile, ROOT } from "./example-request.ts";
import { startCustomerioStandIn } from "./customerio.ts";
import type { CustomerioStandIn } from "./customerio.ts";

const KEY = "cio-app-key-never-logged";
const SETTINGS = {
  target: "customerio",
  api_key_env: "CUSTOMERIO_APP_API_KEY",
  region: "eu",
  sender_id: 12,
  audiences: { "personalized:admin": "41", "personalized:analyst": "42", "personalized:viewer": "43", generic: "44" },
};

describe("the customerio target against a Customer.io stand-in", () => {
  let cio: CustomerioStandIn;
  let logged: string[];
  let environment: TargetEnvironment;

  beforeEach(async () => {
    cio = await startCustomerioStandIn(KEY);
    logged = [];
    environment = { env: { CUSTOMERIO_APP_API_KEY: KEY, COPYGATE_CUSTOMERIO_API_URL: cio.url }, root: ROOT, log: (line) => logged.push(line) };
  });
  afterEach(() => cio.close());

  it("creates one draft newsletter per variant, named with the ledger key, with exactly the approved HTML", async () => {
    const request = await exampleRequest(SETTINGS);
    const result = await customerioTarget.publish(request, environment);
    expect(cio.newsletters.map((n) => [n.name, n.scheduled_at])).toEqual(request.variants.map((v) => [`${request.ledgerKey} ${v.audienceKey}`, null]));
    expect(result).toEqual({ platformId: "900,901,902,903", created: true, mode: "draft" });
    expect(cio.requests.map((r) => `${r.method} ${r.url}`)).toEqual(["GET /v1/newsletters?limit=100&sort=desc", ...request.variants.map(() => "POST /v1/newsletters")]);
    expect(cio.requests.every((r) => r.authorization === `Bearer ${KEY}`)).toBe(true);
    expect(cio.requests[1]!.body).toEqual({
      type: "email",
      name: `${request.ledgerKey} personalized:admin`,
      recipients: { segment: { id: 41 } },
      subject: "Before your Lumora trial ends",
      body: await renderedFile("personalized-admin.html"),
      from_id: 12,
    });
    expect(logged.join("\n")).not.toContain(KEY);
  });

  it("creates scheduled newsletters in schedule mode", async () => {
    await customerioTarget.publish(await exampleRequest(SETTINGS, "schedule", "2026-12-03T09:00:00Z"), environment);
    expect(cio.newsletters.map((n) => n.scheduled_at)).toEqual([1, 2, 3, 4].map(() => Date.parse("2026-12-03T09:00:00Z") / 1000));
  });

  it("stays under 10 requests a second, and rides out a 429 and a 5xx", async () => {
    cio.fail({ status: 429, body: { meta: { error: "rate limit exceeded" } }, headers: { "retry-after": "1" } });
    cio.fail({ status: 500, body: { meta: { error: "internal" } } });
    const request = await exampleRequest(SETTINGS);
    await customerioTarget.publish(request, environment);
    // A second publish of other content right away: 1 + 4 more requests inside the same second are spaced, never refused.
    await customerioTarget.publish({ ...request, ledgerKey: "copygate:trial-expiration-3d:000000000000" }, environment);
    expect(logged.slice(0, 3)).toEqual(["customerio: GET /v1/newsletters → 429", "customerio: GET /v1/newsletters → 500", "customerio: GET /v1/newsletters → 200"]);
    expect(logged.filter((l) => l.endsWith("429"))).toHaveLength(1);
    expect(cio.newsletters).toHaveLength(8);
  });

  it("after a crash, finds the newsletters by name across pages, updates a found draft's content by id and creates nothing twice", async () => {
    const request = await exampleRequest(SETTINGS);
    let creates = 0;
    const crashing: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method === "POST" && (creates += 1) === 3) throw new Error("process killed");
      return response;
    };
    await expect(customerioTarget.publish(request, { ...environment, fetch: crashing })).rejects.toThrow("process killed");
    expect(cio.newsletters).toHaveLength(3);

    const recovered = await customerioTarget.publish(request, environment);
    expect(cio.newsletters.map((n) => n.name)).toEqual(request.variants.map((v) => `${request.ledgerKey} ${v.audienceKey}`));
    expect(cio.requests.filter((r) => r.method === "PUT").map((r) => r.url)).toEqual(["/v1/newsletters/900/contents/70", "/v1/newsletters/901/contents/71", "/v1/newsletters/902/contents/72"]);
    expect(cio.requests.filter((r) => r.url.includes("start=")).length).toBeGreaterThan(0);
    expect(await customerioTarget.find(request, environment)).toEqual({ ...recovered, created: false });
  });

  it("refuses a bad key with a clear error and publishes nothing", async () => {
    await expect(customerioTarget.publish(await exampleRequest(SETTINGS), { ...environment, env: { ...environment.env, CUSTOMERIO_APP_API_KEY: "wrong" } })).rejects.toThrow(
      "customerio refused the credential in CUSTOMERIO_APP_API_KEY (401); check the key and its permissions. Nothing was published by this call.",
    );
    expect(cio.newsletters).toEqual([]);
  });

  it("checks its settings, and previews the requests for its region without the key", async () => {
    expect(customerioTarget.checkSettings!({ ...SETTINGS, audiences: { generic: "seg_44" } }, {})).toEqual([
      "publish.api_key_env names CUSTOMERIO_APP_API_KEY, but CUSTOMERIO_APP_API_KEY is not set in this environment",
      'publish.audiences.generic must be a Customer.io segment id (a number), not "seg_44"',
    ]);
    const planned = customerioTarget.preview!(await exampleRequest(SETTINGS), { env: {}, root: ROOT });
    expect(planned.map((p) => `${p.method} ${p.url}`)).toEqual(["GET https://api-eu.customer.io/v1/newsletters?limit=100&sort=desc", ...[1, 2, 3, 4].map(() => "POST https://api-eu.customer.io/v1/newsletters")]);
    expect(planned[1]!.headers).toEqual({ authorization: "Bearer ***", accept: "application/json", "content-type": "application/json" });
  });
});
