import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mailchimpTarget } from "../../core/publish/targets/mailchimp.ts";
import type { TargetEnvironment } from "../../core/publish/targets/index.ts";
import { exampleRequest, renderedFile, ROOT } from "./example-request.ts";
import { startMailchimpStandIn } from "./mailchimp.ts";
import type { MailchimpStandIn } from "./mailchimp.ts";

const KEY = "0123456789abcdef0123456789abcdef-us21";
const SETTINGS = {
  target: "mailchimp",
  api_key_env: "MAILCHIMP_API_KEY",
  list_id: "a1b2c3d4e5",
  from_name: "Lumora",
  reply_to: "hello@lumora.example",
  audiences: { "personalized:admin": "3101", "personalized:analyst": "3102", "personalized:viewer": "3103", generic: "3104" },
};

describe("the mailchimp target against a Mailchimp stand-in", () => {
  let mailchimp: MailchimpStandIn;
  let logged: string[];
  let environment: TargetEnvironment;

  beforeEach(async () => {
    mailchimp = await startMailchimpStandIn(KEY);
    logged = [];
    environment = { env: { MAILCHIMP_API_KEY: KEY, COPYGATE_MAILCHIMP_API_URL: mailchimp.url }, root: ROOT, log: (line) => logged.push(line) };
  });
  afterEach(() => mailchimp.close());

  it("creates one draft campaign per variant titled with the ledger key, then sets exactly the approved content", async () => {
    const request = await exampleRequest(SETTINGS);
    const result = await mailchimpTarget.publish(request, environment);

    expect(mailchimp.campaigns.map((c) => [(c.body.settings as { title: string }).title, c.status])).toEqual(request.variants.map((v) => [`${request.ledgerKey} ${v.audienceKey}`, "save"]));
    expect(result).toEqual({ platformId: mailchimp.campaigns.map((c) => c.id).join(","), url: "https://us21.admin.mailchimp.com/campaigns/show/?id=500", created: true, mode: "draft" });
    expect(mailchimp.requests.map((r) => `${r.method} ${r.url.split("?")[0]}`)).toEqual([
      "GET /3.0/campaigns",
      ...request.variants.flatMap((_, i) => ["POST /3.0/campaigns", `PUT /3.0/campaigns/${mailchimp.campaigns[i]!.id}/content`]),
    ]);
    expect(mailchimp.requests[0]!.url).toBe("/3.0/campaigns?list_id=a1b2c3d4e5&count=1000&offset=0&fields=campaigns.id,campaigns.web_id,campaigns.status,campaigns.settings.title,total_items");
    expect(mailchimp.requests[0]!.authorization).toBe(`Basic ${Buffer.from(`copygate:${KEY}`).toString("base64")}`);
    // The contract: the exact bodies of the first create and its content.
    expect(mailchimp.requests[1]!.body).toEqual({
      type: "regular",
      recipients: { list_id: "a1b2c3d4e5", segment_opts: { saved_segment_id: 3101 } },
      settings: {
        subject_line: "Before your Lumora trial ends",
        preview_text: "Upgrading keeps the dashboards and reports you set up in Lumora.",
        title: `${request.ledgerKey} personalized:admin`,
        from_name: "Lumora",
        reply_to: "hello@lumora.example",
      },
    });
    expect(mailchimp.requests[2]!.body).toEqual({ html: await renderedFile("personalized-admin.html"), plain_text: await renderedFile("personalized-admin.txt") });
    expect(logged.join("\n")).not.toContain(KEY);
  });

  it("schedules on the quarter hour, and refuses any other time before creating anything", async () => {
    await mailchimpTarget.publish(await exampleRequest(SETTINGS, "schedule", "2026-12-03T09:15:00Z"), environment);
    expect(mailchimp.campaigns.map((c) => [c.status, c.schedule_time])).toEqual([1, 2, 3, 4].map(() => ["schedule", "2026-12-03T09:15:00.000Z"]));
    expect(mailchimp.requests.filter((r) => r.url.endsWith("/actions/schedule")).map((r) => r.body)).toEqual([1, 2, 3, 4].map(() => ({ schedule_time: "2026-12-03T09:15:00Z" })));

    const before = mailchimp.requests.length;
    await expect(mailchimpTarget.publish(await exampleRequest(SETTINGS, "schedule", "2026-12-03T09:10:00Z"), environment)).rejects.toThrow(
      "mailchimp: Mailchimp schedules on the quarter hour only; send_at 2026-12-03T09:10:00Z is not (use :00, :15, :30 or :45). Nothing was published.",
    );
    expect(mailchimp.requests.length).toBe(before);
  });

  it("retries a 429 after Retry-After and a 5xx after backing off", async () => {
    mailchimp.fail({ status: 429, body: { title: "Too Many Requests", status: 429 }, headers: { "retry-after": "1" } });
    mailchimp.fail({ status: 502, body: { title: "Bad Gateway", status: 502 } });
    const result = await mailchimpTarget.publish(await exampleRequest(SETTINGS), environment);
    expect(logged.slice(0, 3)).toEqual(["mailchimp: GET /3.0/campaigns → 429", "mailchimp: GET /3.0/campaigns → 502", "mailchimp: GET /3.0/campaigns → 200"]);
    expect(result.created).toBe(true);
    expect(mailchimp.campaigns).toHaveLength(4);
  });

  it("keeps at most 10 connections open however many calls run at once", async () => {
    await mailchimp.close();
    mailchimp = await startMailchimpStandIn(KEY, { delayMs: 40 });
    environment.env.COPYGATE_MAILCHIMP_API_URL = mailchimp.url;
    const request = await exampleRequest(SETTINGS);
    const found = await Promise.all(Array.from({ length: 25 }, () => mailchimpTarget.find(request, environment)));
    expect(found.every((f) => f === null)).toBe(true);
    expect(mailchimp.maxInFlight()).toBe(10);
    expect(logged.filter((l) => l.endsWith("429"))).toEqual([]);
  });

  it("after a crash between creating a campaign and setting its content, completes it instead of creating another", async () => {
    const request = await exampleRequest(SETTINGS);
    const crashing: typeof fetch = async (input, init) => {
      if (init?.method === "PUT") throw new Error("process killed");
      return fetch(input, init);
    };
    await expect(mailchimpTarget.publish(request, { ...environment, fetch: crashing })).rejects.toThrow("process killed");
    expect(mailchimp.campaigns.map((c) => c.content)).toEqual([undefined]);

    const recovered = await mailchimpTarget.publish(request, environment);
    expect(mailchimp.campaigns).toHaveLength(4);
    expect(mailchimp.campaigns.every((c) => c.content?.html)).toBe(true);
    expect(await mailchimpTarget.find(request, environment)).toEqual({ ...recovered, created: false });
  });

  it("refuses a bad key with a clear error and publishes nothing", async () => {
    await expect(mailchimpTarget.publish(await exampleRequest(SETTINGS), { ...environment, env: { ...environment.env, MAILCHIMP_API_KEY: "ffffffffffffffffffffffffffffffff-us21" } })).rejects.toThrow(
      "mailchimp refused the credential in MAILCHIMP_API_KEY (401); check the key and its permissions. Nothing was published by this call.",
    );
    await expect(mailchimpTarget.publish(await exampleRequest(SETTINGS), { ...environment, env: { ...environment.env, MAILCHIMP_API_KEY: "nodatacenter" } })).rejects.toThrow(
      "mailchimp: the API key has no data-center suffix (like -us21); copy the whole key from Mailchimp. Nothing was published.",
    );
    expect(mailchimp.campaigns).toEqual([]);
  });

  it("checks its settings for copygate validate", () => {
    expect(mailchimpTarget.checkSettings!({ ...SETTINGS, list_id: undefined, mode: "schedule", send_at: "2026-12-03T09:05:00Z" }, { MAILCHIMP_API_KEY: "abc" })).toEqual([
      "publish.list_id is required for target mailchimp",
      "the key in MAILCHIMP_API_KEY has no data-center suffix (like -us21)",
      "Mailchimp schedules on the quarter hour only; send_at 2026-12-03T09:05:00Z is not (use :00, :15, :30 or :45)",
    ]);
  });

  it("the stand-in refuses a body Mailchimp would refuse", async () => {
    const response = await fetch(`${mailchimp.url}/3.0/campaigns`, {
      method: "POST",
      headers: { authorization: `Basic ${Buffer.from(`x:${KEY}`).toString("base64")}`, "content-type": "application/json" },
      body: JSON.stringify({ type: "regular", recipients: { list_id: "a1b2c3d4e5" }, settings: { subject_line: "Hi", from_name: "Lumora" } }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { detail: string }).detail).toBe("/settings must have required property 'reply_to'");
  });
});
