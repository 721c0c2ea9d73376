import { beforeAll, describe, expect, it } from "vitest";
import type { CheckContext } from "../types.ts";
import { runCheck } from "../run.ts";
import { cleanEmailDraft, emailBody, exampleCampaignContext } from "../testing.ts";

let ctx: CheckContext;
let searchAd: CheckContext;
beforeAll(async () => {
  ({ ctx } = await exampleCampaignContext());
  ({ ctx: searchAd } = await exampleCampaignContext("campaigns/paid-search-lumora-trial"));
});

const subjects = (...lines: string[]) => cleanEmailDraft({ subject_lines: lines });
/** A subject line of exactly n characters. */
const subjectOf = (n: number) => `Keep your dashboards ${"x".repeat(n - 21)}`;
/** A preview text of exactly n characters. */
const previewOf = (n: number) => `Keep every dashboard ${"y".repeat(n - 21)}`;
const ZWSP = "\u200b";

describe("subject_length", () => {
  it("passes a subject line of exactly 50 characters and fails one of 51", () => {
    expect(subjectOf(50)).toHaveLength(50);
    expect(runCheck("subject_length", subjects(subjectOf(50), "b", "c"), ctx).message).toBe("All 3 subject lines are at most 50 characters, without exclamation marks.");
    expect(runCheck("subject_length", subjects("a", subjectOf(51)), ctx)).toMatchObject({
      status: "fail",
      message: "Subject line 2 is 51 characters (at most 50); shorten or reword it.",
      evidence: [subjectOf(51)],
    });
  });

  it("counts the subject lines it passed", () => {
    expect(runCheck("subject_length", subjects("a", "b", "c", "d"), ctx).message).toBe("All 4 subject lines are at most 50 characters, without exclamation marks.");
  });

  it("counts the characters a reader sees, not invisible ones", () => {
    expect(runCheck("subject_length", subjects(`${subjectOf(50)}${ZWSP}`, "b", "c"), ctx).status).toBe("pass");
  });

  it("finds an exclamation mark in a look-alike form", () => {
    expect(runCheck("subject_length", subjects("a", "b", "Keep your work！"), ctx)).toMatchObject({
      status: "fail",
      message: "Subject line 3 has an exclamation mark; shorten or reword it.",
      evidence: ["Keep your work！"],
    });
  });

  it("names every problem, quoting a subject line once even when it has two", () => {
    const long = `${subjectOf(50)}!`;
    expect(runCheck("subject_length", subjects(long, "Ok!", "c"), ctx)).toMatchObject({
      status: "fail",
      message: "Subject line 1 is 51 characters (at most 50), and subject line 1 has an exclamation mark, and subject line 2 has an exclamation mark; shorten or reword it.",
      evidence: [long, "Ok!"],
    });
  });

  it("fails a draft without subject lines", () => {
    expect(runCheck("subject_length", subjects(), ctx)).toMatchObject({ status: "fail", message: "The draft has no subject lines; add them." });
  });

  it("skips a channel that is not email", () => {
    expect(runCheck("subject_length", subjects("a"), searchAd)).toMatchObject({ status: "skipped", message: "Not an email channel." });
  });
});

describe("preview_length", () => {
  it("passes exactly 40 and exactly 90 characters, and fails 39", () => {
    expect(runCheck("preview_length", cleanEmailDraft({ preview_text: previewOf(40) }), ctx)).toMatchObject({ status: "pass", message: "The preview text is 40 characters (40–90)." });
    expect(runCheck("preview_length", cleanEmailDraft({ preview_text: previewOf(90) }), ctx)).toMatchObject({ status: "pass", message: "The preview text is 90 characters (40–90)." });
    expect(runCheck("preview_length", cleanEmailDraft({ preview_text: previewOf(39) }), ctx)).toMatchObject({
      status: "fail",
      message: "The preview text is 39 characters; it must be 40–90, so lengthen it.",
      evidence: [previewOf(39)],
    });
  });

  it("counts neither surrounding spaces nor invisible characters", () => {
    expect(runCheck("preview_length", cleanEmailDraft({ preview_text: `  ${previewOf(89)}  ` }), ctx).message).toBe("The preview text is 89 characters (40–90).");
    expect(runCheck("preview_length", cleanEmailDraft({ preview_text: `${previewOf(90)}${ZWSP}` }), ctx).message).toBe("The preview text is 90 characters (40–90).");
  });

  it("skips a channel that is not email", () => {
    expect(runCheck("preview_length", cleanEmailDraft(), searchAd)).toMatchObject({ status: "skipped", message: "Not an email channel." });
  });
});

describe("exclamation_limits", () => {
  it("counts no exclamation mark as zero marks", () => {
    expect(runCheck("exclamation_limits", cleanEmailDraft(), ctx)).toMatchObject({ status: "pass", message: "The body has 0 exclamation marks (at most 1)." });
  });

  it("quotes each mark in its context, look-alike marks included", () => {
    const draft = cleanEmailDraft({ email_body: emailBody("Your trial ends in 3 days! Keep it all！") });
    expect(runCheck("exclamation_limits", draft, ctx)).toMatchObject({
      status: "fail",
      message: "The body has 2 exclamation marks; brand_v6 allows at most 1, so turn the rest into full stops.",
      evidence: ["Your trial ends in 3 days! Keep it all!", "…in 3 days! Keep it all!"],
    });
  });
});

describe("unsubscribe_and_address", () => {
  const footer = (text: string) => cleanEmailDraft({ email_body: emailBody("Your trial ends in 3 days.", text) });
  const ADDRESS = "Lumora Inc., 500 Harbor Street, Suite 12, Portland, OR 97204";

  it("accepts any of the policy's unsubscribe phrases, in any case", () => {
    for (const phrase of ["YOU CAN UNSUBSCRIBE AT ANY TIME.", "manage email preferences", "Unsubscribe"]) {
      expect(runCheck("unsubscribe_and_address", footer(`${phrase}\n${ADDRESS}`), ctx).message, phrase).toBe("The body has unsubscribe language and the postal address.");
    }
  });

  it("fails a footer with the address but no unsubscribe language, quoting the footer's last lines", () => {
    expect(runCheck("unsubscribe_and_address", footer(`Thanks for reading.\n${ADDRESS}`), ctx)).toMatchObject({
      status: "fail",
      message: 'The body is missing unsubscribe language (for example "You can unsubscribe at any time"); add it to the footer.',
      evidence: [`Thanks for reading. / ${ADDRESS}`],
    });
  });

  it("reads the unsubscribe phrases and the address from separate restrictions of the legal policy", () => {
    const restrictions = ctx.policies.legal.restrictions.flatMap((r) => {
      if (!r.unsubscribe_phrases) return [r];
      const { postal_address, ...unsubscribe } = r;
      return [unsubscribe, { id: "postal_address", rule: "Every marketing email shows the physical mailing address.", postal_address }];
    });
    const split = { ...ctx, policies: { ...ctx.policies, legal: { ...ctx.policies.legal, restrictions } } } as CheckContext;
    expect(runCheck("unsubscribe_and_address", footer("You can unsubscribe at any time."), split)).toMatchObject({
      status: "fail",
      message: `The body is missing the postal address "${ADDRESS}"; add it to the footer.`,
    });
    expect(runCheck("unsubscribe_and_address", footer(ADDRESS), split)).toMatchObject({
      status: "fail",
      message: 'The body is missing unsubscribe language (for example "You can unsubscribe at any time"); add it to the footer.',
    });
    expect(runCheck("unsubscribe_and_address", footer(`Manage email preferences\n${ADDRESS}`), split).status).toBe("pass");
  });

  it("gives the policy's first phrase as the example, and asks for no address the policy does not state", () => {
    const restrictions = ctx.policies.legal.restrictions.map((r) => {
      if (!r.unsubscribe_phrases) return r;
      const { postal_address: _address, ...rest } = r;
      return { ...rest, unsubscribe_phrases: ["Manage email preferences"] };
    });
    const other = { ...ctx, policies: { ...ctx.policies, legal: { ...ctx.policies.legal, restrictions } } } as CheckContext;
    expect(runCheck("unsubscribe_and_address", footer("Thanks for reading."), other)).toMatchObject({
      status: "fail",
      message: 'The body is missing unsubscribe language (for example "Manage email preferences"); add it to the footer.',
    });
    expect(runCheck("unsubscribe_and_address", footer("Manage email preferences"), other).status).toBe("pass");
  });

  it("asks for neither when the channel requires neither", () => {
    const relaxed = { ...ctx, channel: { ...ctx.channel, requires_unsubscribe: false, requires_postal_address: false } } as CheckContext;
    expect(runCheck("unsubscribe_and_address", footer("Thanks for reading."), relaxed).status).toBe("pass");
  });

  it("skips a channel that is not email", () => {
    expect(runCheck("unsubscribe_and_address", footer("Thanks for reading."), searchAd)).toMatchObject({ status: "skipped", message: "Not an email channel." });
  });
});
