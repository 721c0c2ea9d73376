import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sendgridTarget } from "../../core/publish/targets/sendgrid.ts";
import type { TargetEnvironment } from "../../core/publish/targets/index.ts";
import { CAMPAIGN_DIR, exampleRequest, renderedFile, ROOT } from "./example-request.ts";
import { startSendgridStandIn } from "./sendgrid.ts";
import type { SendgridStandIn } from "./sendgrid.ts";

const KEY = "SG.test-key-never-logged";
const SETTINGS = {
  target: "sendgrid",
  api_key_env: "SENDGRID_API_KEY",
  sender_id: 4021,
  suppression_group_id: 17,
  audiences: {
    "personalized:admin": "0d4c5a1e-8f0b-4c86-9d55-2f6c2bb1a001",
    "personalized:analyst": "0d4c5a1e-8f0b-4c86-9d55-2f6c2bb1a002",
    "personalized:viewer": "0d4c5a1e-8f0b-4c86-9d55-2f6c2bb1a003",
    generic: "list:5b8e1f7a-1c2d-4e3f-8a9b-0c1d2e3f4a05",
  },
};

describe("the sendgrid target against a SendGrid stand-in", () => {
  let sendgrid: SendgridStandIn;
  let logged: string[];
  let environment: TargetEnvironment;

  beforeEach(async () => {
    sendgrid = await startSendgridStandIn(KEY);
    logged = [];
    environment = { env: { SENDGRID_API_KEY: KEY, COPYGATE_SENDGRID_API_URL: sendgrid.url }, root: ROOT, log: (line) => logged.push(line) };
  });
  afterEach(() => sendgrid.close());

  it("creates one draft single send per variant, named with the ledger key, with exactly the approved bytes", async () => {
    const request = await exampleRequest(SETTINGS);
    const result = await sendgridTarget.publish(request, environment);

    expect(sendgrid.singleSends.map((s) => [s.name, s.status])).toEqual(request.variants.map((v) => [`${request.ledgerKey} ${v.audienceKey}`, "draft"]));
    expect(result).toEqual({ platformId: sendgrid.singleSends.map((s) => s.id).join(","), url: `https://mc.sendgrid.com/single-sends/${sendgrid.singleSends[0]!.id}/editor`, created: true, mode: "draft" });
    expect(sendgrid.requests.map((r) => `${r.method} ${r.url}`)).toEqual(request.variants.flatMap(() => [
      "POST /v3/marketing/singlesends/search?page_size=100",
      "POST /v3/marketing/singlesends",
    ]));
    expect(sendgrid.requests.every((r) => r.authorization === `Bearer ${KEY}`)).toBe(true);
    // The contract: the exact body of the first create.
    expect(sendgrid.requests[1]!.body).toEqual({
      name: `${request.ledgerKey} personalized:admin`,
      categories: ["copygate", "trial-expiration-3d"],
      send_to: { segment_ids: ["0d4c5a1e-8f0b-4c86-9d55-2f6c2bb1a001"] },
      email_config: {
        subject: "Before your Lumora trial ends",
        html_content: await renderedFile("personalized-admin.html"),
        plain_content: await renderedFile("personalized-admin.txt"),
        generate_plain_content: false,
        editor: "code",
        sender_id: 4021,
        suppression_group_id: 17,
      },
    });
    expect((sendgrid.requests.at(-1)!.body as { send_to: unknown }).send_to).toEqual({ list_ids: ["5b8e1f7a-1c2d-4e3f-8a9b-0c1d2e3f4a05"] });
    expect(logged.slice(0, 2)).toEqual(["sendgrid: POST /v3/marketing/singlesends/search → 200", "sendgrid: POST /v3/marketing/singlesends → 201"]);
    expect(logged.join("\n")).not.toContain(KEY);
  });

  it("schedules each single send in schedule mode", async () => {
    const request = await exampleRequest(SETTINGS, "schedule", "2026-12-03T09:00:00Z");
    const result = await sendgridTarget.publish(request, environment);
    expect(result.mode).toBe("schedule");
    expect(sendgrid.singleSends.map((s) => [s.status, s.send_at])).toEqual(request.variants.map(() => ["scheduled", "2026-12-03T09:00:00Z"]));
    const schedule = sendgrid.requests.find((r) => r.method === "PUT")!;
    expect(schedule.url).toBe(`/v3/marketing/singlesends/${sendgrid.singleSends[0]!.id}/schedule`);
    expect(schedule.body).toEqual({ send_at: "2026-12-03T09:00:00Z" });
  });

  it("waits as long as a 429's Retry-After says, then succeeds", async () => {
    sendgrid.fail({ status: 429, body: { errors: [{ message: "too many requests" }] }, headers: { "retry-after": "1" } });
    const started = Date.now();
    const result = await sendgridTarget.publish(await exampleRequest(SETTINGS), environment);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(result.created).toBe(true);
    expect(logged[0]).toBe("sendgrid: POST /v3/marketing/singlesends/search → 429");
    expect(sendgrid.singleSends).toHaveLength(4);
  });

  it("backs off on 5xx and succeeds without creating twice", async () => {
    sendgrid.fail({ status: 503, body: { errors: [{ message: "unavailable" }] } }, 2);
    await sendgridTarget.publish(await exampleRequest(SETTINGS), environment);
    expect(logged.slice(0, 3)).toEqual([
      "sendgrid: POST /v3/marketing/singlesends/search → 503",
      "sendgrid: POST /v3/marketing/singlesends/search → 503",
      "sendgrid: POST /v3/marketing/singlesends/search → 200",
    ]);
    expect(sendgrid.singleSends).toHaveLength(4);
  });

  it("after a crash right after a create, finds what exists by name and creates only what is missing", async () => {
    const request = await exampleRequest(SETTINGS);
    let creates = 0;
    // The process dies after SendGrid created the first single send, before copygate could record it.
    const crashing: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method === "POST" && String(input).endsWith("/v3/marketing/singlesends") && (creates += 1) === 1) throw new Error("process killed");
      return response;
    };
    await expect(sendgridTarget.publish(request, { ...environment, fetch: crashing })).rejects.toThrow("process killed");
    expect(sendgrid.singleSends).toHaveLength(1);
    expect(await sendgridTarget.find(request, environment)).toBeNull();

    const recovered = await sendgridTarget.publish(request, environment);
    expect(sendgrid.singleSends.map((s) => s.name)).toEqual(request.variants.map((v) => `${request.ledgerKey} ${v.audienceKey}`));
    expect(recovered.created).toBe(true);

    const again = await sendgridTarget.publish(request, environment);
    expect(again).toEqual({ ...recovered, created: false });
    expect(sendgrid.singleSends).toHaveLength(4);
    expect(await sendgridTarget.find(request, environment)).toEqual({ ...recovered, created: false });
  });

  it("refuses a bad key with a clear error and publishes nothing", async () => {
    const request = await exampleRequest(SETTINGS);
    await expect(sendgridTarget.publish(request, { ...environment, env: { ...environment.env, SENDGRID_API_KEY: "SG.wrong" } })).rejects.toThrow(
      "sendgrid refused the credential in SENDGRID_API_KEY (401); check the key and its permissions. Nothing was published by this call.",
    );
    expect(sendgrid.singleSends).toEqual([]);
    expect(logged).toEqual(["sendgrid: POST /v3/marketing/singlesends/search → 401"]);
  });

  it("says which settings and env variables are missing, before any request", async () => {
    expect(sendgridTarget.checkSettings!({ target: "sendgrid", mode: "draft" }, {})).toEqual([
      "publish.api_key_env is required for target sendgrid: the name of the env variable holding the API key",
      'publish.audiences is required for target sendgrid: the platform\'s list or segment id for each variant ("personalized:admin", "generic", …)',
      "publish.sender_id is required for target sendgrid",
      "publish.suppression_group_id is required for target sendgrid",
    ]);
    expect(sendgridTarget.checkSettings!(SETTINGS, {})).toEqual(["publish.api_key_env names SENDGRID_API_KEY, but SENDGRID_API_KEY is not set in this environment"]);
    const request = await exampleRequest({ ...SETTINGS, audiences: { generic: "list:5b8e1f7a-1c2d-4e3f-8a9b-0c1d2e3f4a05" } });
    await expect(sendgridTarget.publish(request, environment)).rejects.toThrow(
      "sendgrid: publish.audiences has no entry for personalized:admin; publish.audiences has no entry for personalized:analyst; publish.audiences has no entry for personalized:viewer. Nothing was published.",
    );
    expect(sendgrid.requests).toEqual([]);
  });

  it("previews the requests it would make, with the key masked and no request sent", async () => {
    const request = await exampleRequest(SETTINGS, "schedule", "2026-12-03T09:00:00Z");
    const planned = sendgridTarget.preview!(request, environment);
    expect(planned.map((p) => `${p.purpose}: ${p.method} ${p.url.replace(sendgrid.url, "")}`).slice(0, 3)).toEqual([
      "find personalized:admin by name: POST /v3/marketing/singlesends/search?page_size=100",
      "create the draft for personalized:admin: POST /v3/marketing/singlesends",
      "schedule personalized:admin: PUT /v3/marketing/singlesends/{id}/schedule",
    ]);
    expect(planned).toHaveLength(12);
    expect(JSON.stringify(planned)).not.toContain(KEY);
    expect(planned[0]!.headers.authorization).toBe("Bearer ***");
    expect(sendgrid.requests).toEqual([]);
    expect(CAMPAIGN_DIR).toBe("campaigns/trial-expiration-3d");
  });

  it("the stand-in refuses what SendGrid's OpenAPI description refuses", async () => {
    const post = (path: string, body: unknown, method = "POST") =>
      fetch(`${sendgrid.url}${path}`, { method, headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" }, body: JSON.stringify(body) });
    const tooLong = await post("/v3/marketing/singlesends", { name: "x".repeat(101), email_config: { sender_id: "4021" } });
    expect(tooLong.status).toBe(400);
    expect(await tooLong.json()).toEqual({ errors: [{ message: "/name must NOT have more than 100 characters" }, { message: "/email_config/sender_id must be integer" }] });
    const noTime = await post("/v3/marketing/singlesends/abc/schedule", {}, "PUT");
    expect(await noTime.json()).toEqual({ errors: [{ message: "body must have required property 'send_at'" }] });
    expect(sendgrid.singleSends).toEqual([]);
  });
});
