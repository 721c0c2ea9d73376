import { beforeAll, describe, expect, it } from "vitest";
import type { CheckContext } from "../types.ts";
import { runCheck } from "../run.ts";
import { claimsUsedBy, groundingGaps } from "./grounding.ts";
import { POSTAL_ADDRESS, cleanEmailDraft, emailBody, exampleCampaignContext } from "../testing.ts";

let ctx: CheckContext;
beforeAll(async () => {
  ({ ctx } = await exampleCampaignContext());
});

const withBody = (middle: string) => cleanEmailDraft({ email_body: emailBody(middle) });
const grounding = (draft: Record<string, unknown>, context = ctx) => runCheck("grounding", draft, context);
const PASS = "Every number, integration and feature traces to claims_v14, the offer or the brief.";
const states = (claims: string) => `The copy states ${claims}, which no approved claim in claims_v14, the offer or the brief supports; remove it or use an approved claim.`;

describe("grounding: what the copy may restate", () => {
  it("accepts the offer's discount and duration when the offer's summary states neither", () => {
    const offer = { ...ctx.offer!, summary: "A discount on the Team plan" };
    expect(grounding(cleanEmailDraft(), { ...ctx, offer })).toMatchObject({ status: "pass", message: PASS });
  });

  it("accepts the brief's allowed window, which no other text states", () => {
    const draft = withBody("Your Team trial ends in 5 days.");
    expect(grounding(draft)).toMatchObject({ status: "fail", message: states('"5 days"'), evidence: ["Your Team trial ends in 5 days."] });
    expect(grounding(draft, { ...ctx, brief: { ...ctx.brief, allowed_windows: ["5 days"] } })).toMatchObject({ status: "pass", message: PASS });
  });

  it("accepts a brief claim given as text, which covers nothing", () => {
    const briefText = { ...ctx, brief: { ...ctx.brief, claims: [...ctx.brief.claims, "Reports refresh every 15 minutes."] } };
    const draft = withBody("Reports refresh every 15 minutes.");
    expect(grounding(draft)).toMatchObject({ status: "fail", message: states('"15 minutes"') });
    expect(grounding(draft, briefText)).toMatchObject({ status: "pass", message: PASS });
  });

  it("matches an integration the audience data names in another case", async () => {
    const draft = withBody("Your Postgres dashboards stay with you.");
    expect(grounding(draft)).toMatchObject({
      status: "warn",
      message: 'The copy uses "Postgres" from an approved claim this brief did not select; a reviewer must confirm it fits.',
      evidence: ["Your Postgres dashboards stay with you."],
    });
    const { ctx: personalized } = await exampleCampaignContext("campaigns/trial-expiration-3d", { usageSummary: "sources connected: postgres" });
    expect(grounding(draft, personalized)).toMatchObject({ status: "pass", message: PASS });
  });

  it("accepts a feature the brief's claim names in other words", () => {
    expect(grounding(withBody("Get your reports on a schedule, by email or Slack."))).toMatchObject({ status: "pass", message: PASS });
  });
});

describe("grounding: what it leaves to other checks", () => {
  it("runs when the legal policy names no postal address", () => {
    const restrictions = ctx.policies.legal.restrictions.map(({ postal_address: _address, ...r }) => r);
    const noAddress = { ...ctx, policies: { ...ctx.policies, legal: { ...ctx.policies.legal, restrictions } } };
    expect(grounding(cleanEmailDraft({ email_body: emailBody("Your Team trial ends in 3 days.", "You can unsubscribe at any time.") }), noAddress)).toMatchObject({
      status: "pass",
      message: PASS,
    });
  });

  it("blanks the postal address every time it appears, in any case", () => {
    expect(grounding(withBody(`Write to us at ${POSTAL_ADDRESS}.`))).toMatchObject({ status: "pass", message: PASS });
    expect(grounding(withBody(`Write to us at ${POSTAL_ADDRESS.toUpperCase()}.`))).toMatchObject({ status: "pass", message: PASS });
  });

  it("blanks an address the policy writes on several lines", () => {
    const multiline = ctx.policies.legal.restrictions.map((r) => (r.postal_address ? { ...r, postal_address: "Lumora Inc.\n500 Harbor Street, Suite 12\nPortland, OR 97204\n" } : r));
    const lines = { ...ctx, policies: { ...ctx.policies, legal: { ...ctx.policies.legal, restrictions: multiline } } };
    const draft = cleanEmailDraft({ email_body: emailBody("Your Team trial ends in 3 days.", `You can unsubscribe at any time.\n${POSTAL_ADDRESS}.`) });
    expect(grounding(draft, lines)).toMatchObject({ status: "pass", message: PASS });
  });

  it("blanks http and https web addresses", () => {
    expect(grounding(withBody("Real-time dashboards are coming."))).toMatchObject({ status: "fail", message: states('"Real-time"') });
    for (const url of ["http://lumora.example/blog/real-time-dashboards", "https://lumora.example/blog/real-time-dashboards"]) {
      expect(grounding(withBody(`Read ${url} for the details.`)), url).toMatchObject({ status: "pass", message: PASS });
    }
  });

  it("leaves clock times with or without a zone, an offset or a space to urgency_deadline", () => {
    for (const time of ["23:59", "23:59UTC", "11:59PM", "11:59 pm", "11:59 P.M.", "23:59 UTC-5", "23:59 GMT+1", "11:59 PM GMT+1", "9:30 a.m. UTC+05:30", "23:59 UTC+10", "23:59 GMT+0530", "23:59 UTC+5:30"]) {
      expect(grounding(withBody(`Upgrade by ${time} on December 31, 2026.`)), time).toMatchObject({ status: "pass", message: PASS });
    }
  });

  it("blanks the offer code every time it appears, digits included", () => {
    const offer = { ...ctx.offer!, code: "TEAM20-2026" };
    const draft = cleanEmailDraft({ email_body: emailBody("Use TEAM20-2026 at checkout.").replace("Code TEAM20", "Code TEAM20-2026") });
    expect(grounding(draft)).toMatchObject({ status: "fail", message: states('"2026 at" and "2026 gives"') });
    expect(grounding(draft, { ...ctx, offer })).toMatchObject({ status: "pass", message: PASS });
  });
});

describe("groundingGaps", () => {
  it("keeps a registry claim apart from an invented one in the same copy", () => {
    expect(groundingGaps(withBody("Lumora connects to Snowflake and Redshift."), ctx)).toEqual({
      unsupported: [{ kind: "integration", text: "Redshift", evidence: "…connects to Snowflake and Redshift." }],
      registryOnly: [{ kind: "integration", text: "Snowflake", evidence: "Lumora connects to Snowflake and Redshift." }],
    });
  });
});

describe("claimsUsedBy", () => {
  it("counts a brief claim when the copy uses any one term it covers", () => {
    expect(claimsUsedBy(withBody("Reports can go to Slack."), ctx).map((c) => c.id)).toEqual(["scheduled_reports"]);
  });

  it("skips a brief claim given as text, which covers nothing", () => {
    const briefText = { ...ctx, brief: { ...ctx.brief, claims: [...ctx.brief.claims, "Reports refresh every 15 minutes."] } };
    expect(claimsUsedBy(withBody("Reports refresh every 15 minutes."), briefText).map((c) => c.id)).toEqual([]);
  });
});
