import { beforeAll, describe, expect, it } from "vitest";
import type { CheckContext } from "../types.ts";
import { runCheck } from "../run.ts";
import { cleanEmailDraft, emailBody, exampleCampaignContext } from "../testing.ts";

let ctx: CheckContext;
beforeAll(async () => {
  ({ ctx } = await exampleCampaignContext());
});

describe("output_schema", () => {
  it("passes a draft in the v7 output schema", () => {
    expect(runCheck("output_schema", cleanEmailDraft(), ctx)).toMatchObject({ status: "pass", message: "The draft matches the workflow's output schema." });
  });
  it("fails a draft with two subject lines and names the field", () => {
    const result = runCheck("output_schema", cleanEmailDraft({ subject_lines: ["One", "Two"] }), ctx);
    expect(result).toMatchObject({
      status: "fail",
      message: "The draft does not match the workflow's output schema: subject_lines must NOT have fewer than 3 items. Regenerate it or fix the field.",
      evidence: ["subject_lines must NOT have fewer than 3 items"],
    });
  });
  it("counts every schema problem, naming an unexpected field", () => {
    const draft = cleanEmailDraft({ extra: 1 });
    delete draft.rationale;
    expect(runCheck("output_schema", draft, ctx).evidence).toEqual(["the draft must have required property 'rationale'", "the draft must NOT have additional properties (extra)"]);
  });
});

describe("output_schema: size limit and messages", () => {
  const long = (n: number) => "a".repeat(n);
  /** A small schema of its own, with a nested object, so paths of several levels show. */
  const nested = {
    type: "object",
    required: ["meta"],
    properties: { meta: { type: "object", properties: { tags: { type: "array", items: { type: "string" } } } } },
  };

  it("allows a copy field of exactly 20,000 characters and fails one of 20,001, naming the field", () => {
    expect(runCheck("output_schema", cleanEmailDraft({ email_body: long(20_000) }), ctx).status).toBe("pass");
    expect(runCheck("output_schema", cleanEmailDraft({ email_body: long(20_001) }), ctx)).toMatchObject({
      status: "fail",
      message: "The draft has a field far beyond any channel: email_body is 20001 characters (at most 20000). Regenerate it.",
      evidence: ["email_body is 20001 characters (at most 20000)"],
    });
  });

  it("finds an oversized string inside a list or a nested object, and lists every one", () => {
    const draft = cleanEmailDraft({ subject_lines: ["Short", long(20_002), "Short"], extra: { note: long(20_003) } });
    expect(runCheck("output_schema", draft, ctx)).toMatchObject({
      status: "fail",
      message: "The draft has a field far beyond any channel: subject_lines[1] is 20002 characters (at most 20000). Regenerate it.",
      evidence: ["subject_lines[1] is 20002 characters (at most 20000)", "extra.note is 20003 characters (at most 20000)"],
    });
  });

  it("names a nested field by its dotted path and counts the other problems", () => {
    const c: CheckContext = { ...ctx, outputSchema: nested };
    expect(runCheck("output_schema", { meta: { tags: ["ok", 7] } }, c)).toMatchObject({
      status: "fail",
      message: "The draft does not match the workflow's output schema: meta.tags.1 must be string. Regenerate it or fix the field.",
      evidence: ["meta.tags.1 must be string"],
    });
    expect(runCheck("output_schema", cleanEmailDraft({ subject_lines: "One", preview_text: 3, cta_text: null }), ctx)).toMatchObject({
      status: "fail",
      message: "The draft does not match the workflow's output schema: subject_lines must be array (and 2 more). Regenerate it or fix the field.",
    });
  });

  it("reads a draft against its campaign's schema every time, passing and failing alike", () => {
    const c: CheckContext = { ...ctx, outputSchema: nested };
    expect(runCheck("output_schema", { meta: { tags: ["ok"] } }, c).status).toBe("pass");
    expect(runCheck("output_schema", {}, c).message).toBe(
      "The draft does not match the workflow's output schema: the draft must have required property 'meta'. Regenerate it or fix the field.",
    );
    expect(runCheck("output_schema", { meta: { tags: ["ok"] } }, c).status).toBe("pass");
  });
});

describe("subject_length", () => {
  it("passes three subject lines within 50 characters", () => {
    expect(runCheck("subject_length", cleanEmailDraft(), ctx).message).toBe("All 3 subject lines are at most 50 characters, without exclamation marks.");
  });
  it("fails a long subject line and one with an exclamation mark", () => {
    const draft = cleanEmailDraft({ subject_lines: ["Your Lumora Team trial ends in 3 days: keep every dashboard", "Don't lose your dashboards!", "Ok"] });
    expect(runCheck("subject_length", draft, ctx)).toMatchObject({
      status: "fail",
      message: "Subject line 1 is 59 characters (at most 50), and subject line 2 has an exclamation mark; shorten or reword it.",
      evidence: ["Your Lumora Team trial ends in 3 days: keep every dashboard", "Don't lose your dashboards!"],
    });
  });
  it("counts an emoji as one character", () => {
    const fifty = `${"a".repeat(49)}📊`;
    expect(runCheck("subject_length", cleanEmailDraft({ subject_lines: [fifty, "b", "c"] }), ctx).status).toBe("pass");
  });
});

describe("preview_length", () => {
  it("passes preview text of 40 to 90 characters", () => {
    expect(runCheck("preview_length", cleanEmailDraft(), ctx).message).toBe("The preview text is 73 characters (40–90).");
  });
  it("fails a short preview and says to lengthen it", () => {
    expect(runCheck("preview_length", cleanEmailDraft({ preview_text: "Your trial ends soon." }), ctx)).toMatchObject({
      status: "fail",
      message: "The preview text is 21 characters; it must be 40–90, so lengthen it.",
      evidence: ["Your trial ends soon."],
    });
  });
  it("fails a long preview and says to shorten it", () => {
    expect(runCheck("preview_length", cleanEmailDraft({ preview_text: "x".repeat(91) }), ctx).message).toBe("The preview text is 91 characters; it must be 40–90, so shorten it.");
  });
  it("says to shorten a preview at the minimum when a channel's minimum is above its maximum", () => {
    const crossed = { ...ctx, channel: { ...ctx.channel, preview_min_chars: 95, preview_max_chars: 90 } } as typeof ctx;
    expect(runCheck("preview_length", cleanEmailDraft({ preview_text: "x".repeat(95) }), crossed).message).toBe("The preview text is 95 characters; it must be 95–90, so shorten it.");
  });
});

describe("single_cta", () => {
  it("passes a body with the brief's call to action once", () => {
    expect(runCheck("single_cta", cleanEmailDraft(), ctx).message).toBe('"Upgrade to Team" appears exactly once and is the only call to action.');
  });
  it("fails a second button line", () => {
    const draft = cleanEmailDraft({ email_body: emailBody("Your Team trial ends in 3 days.\n\nBook a demo") });
    expect(runCheck("single_cta", draft, ctx)).toMatchObject({
      status: "fail",
      message: 'The body has a second call to action ("Book a demo") besides "Upgrade to Team"; keep only "Upgrade to Team".',
      evidence: ["Book a demo"],
    });
  });
  it("fails the call to action written twice", () => {
    const draft = cleanEmailDraft({ email_body: emailBody("Upgrade to Team now and keep it all.") });
    expect(runCheck("single_cta", draft, ctx).message).toBe('The call to action "Upgrade to Team" appears 2 times in the body; it must appear exactly once.');
  });
  it("passes a markdown call-to-action link and footer links, but fails a second link", () => {
    const linked = emailBody("Your trial ends in 3 days.").replace("Upgrade to Team", "[Upgrade to Team](https://app.lumora.example/billing/upgrade)");
    const footer = `${linked}\n[Manage email preferences](https://app.lumora.example/prefs)`;
    expect(runCheck("single_cta", cleanEmailDraft({ email_body: footer }), ctx).status).toBe("pass");
    const second = `${linked}\n\n[See all plans](https://lumora.example/pricing)`;
    expect(runCheck("single_cta", cleanEmailDraft({ email_body: second }), ctx)).toMatchObject({
      status: "fail",
      message: 'The body has a second call to action ("See all plans") besides "Upgrade to Team"; keep only "Upgrade to Team".',
    });
  });
  it("fails a cta_text that is not the brief's", () => {
    expect(runCheck("single_cta", cleanEmailDraft({ cta_text: "Upgrade now" }), ctx).message).toBe('The cta_text is "Upgrade now"; it must be the brief\'s "Upgrade to Team".');
  });
});

describe("exclamation_limits", () => {
  it("passes one exclamation mark in the body", () => {
    const draft = cleanEmailDraft({ email_body: emailBody("Your trial ends in 3 days!") });
    expect(runCheck("exclamation_limits", draft, ctx).message).toBe("The body has 1 exclamation mark (at most 1).");
  });
  it("fails two exclamation marks", () => {
    const draft = cleanEmailDraft({ email_body: emailBody("Your trial ends in 3 days! Keep it all!") });
    expect(runCheck("exclamation_limits", draft, ctx)).toMatchObject({
      status: "fail",
      message: "The body has 2 exclamation marks; brand_v6 allows at most 1, so turn the rest into full stops.",
    });
  });
});

describe("unsubscribe_and_address", () => {
  it("passes a footer with the address over three lines", () => {
    const draft = cleanEmailDraft({ email_body: emailBody("Your trial ends in 3 days.", "Manage email preferences\nLumora Inc.\n500 Harbor Street, Suite 12\nPortland, OR 97204") });
    expect(runCheck("unsubscribe_and_address", draft, ctx).message).toBe("The body has unsubscribe language and the postal address.");
  });
  it("fails a body without unsubscribe language or address", () => {
    const draft = cleanEmailDraft({ email_body: emailBody("Your trial ends in 3 days.", "Thanks for reading.") });
    expect(runCheck("unsubscribe_and_address", draft, ctx)).toMatchObject({
      status: "fail",
      message:
        'The body is missing unsubscribe language (for example "You can unsubscribe at any time") and the postal address "Lumora Inc., 500 Harbor Street, Suite 12, Portland, OR 97204"; add it to the footer.',
      evidence: ["The Lumora team / Thanks for reading."],
    });
  });
  it("fails an address with the wrong suite", () => {
    const draft = cleanEmailDraft({ email_body: emailBody("Hi.", "You can unsubscribe at any time.\nLumora Inc., 500 Harbor Street, Suite 21, Portland, OR 97204") });
    expect(runCheck("unsubscribe_and_address", draft, ctx).message).toBe('The body is missing the postal address "Lumora Inc., 500 Harbor Street, Suite 12, Portland, OR 97204"; add it to the footer.');
  });
});
