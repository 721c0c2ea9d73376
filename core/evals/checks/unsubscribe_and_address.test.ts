import { beforeAll, describe, expect, it } from "vitest";
import type { CheckContext } from "../types.ts";
import { runCheck } from "../run.ts";
import { POSTAL_ADDRESS, cleanEmailDraft, exampleCampaignContext } from "../testing.ts";

let ctx: CheckContext;
beforeAll(async () => {
  ({ ctx } = await exampleCampaignContext());
});

const footer = (draft: Record<string, unknown>, context = ctx) => runCheck("unsubscribe_and_address", draft, context);

describe("unsubscribe_and_address: a legal policy without unsubscribe phrases", () => {
  it("asks for unsubscribe language with an example of its own", () => {
    const restrictions = ctx.policies.legal.restrictions.map((r) => ({ ...r, unsubscribe_phrases: undefined }));
    const noPhrases: CheckContext = { ...ctx, policies: { ...ctx.policies, legal: { ...ctx.policies.legal, restrictions } } };
    expect(footer(cleanEmailDraft({ email_body: `Your trial ends in 3 days.\nUpgrade to Team\n${POSTAL_ADDRESS}` }), noPhrases)).toMatchObject({
      status: "fail",
      message: 'The body is missing unsubscribe language (for example "You can unsubscribe at any time"); add it to the footer.',
    });
  });
});

describe("unsubscribe_and_address: the evidence", () => {
  it("quotes the last two lines that hold text, skipping lines of spaces", () => {
    expect(footer(cleanEmailDraft({ email_body: "Your trial ends in 3 days.\nUpgrade to Team\n   \n" }))).toMatchObject({
      status: "fail",
      evidence: ["Your trial ends in 3 days. / Upgrade to Team"],
    });
  });
});
