import { beforeAll, describe, expect, it } from "vitest";
import type { CheckContext } from "../types.ts";
import { runCheck } from "../run.ts";
import { cleanEmailDraft, emailBody, exampleCampaignContext } from "../testing.ts";

let ctx: CheckContext;
beforeAll(async () => {
  ({ ctx } = await exampleCampaignContext());
});

const withBody = (middle: string) => cleanEmailDraft({ email_body: emailBody(middle) });

describe("sentence_grounding", () => {
  it("passes copy whose every claim rests on an approved claim, the offer or the brief", () => {
    expect(runCheck("sentence_grounding", cleanEmailDraft(), ctx)).toMatchObject({ status: "pass", message: "Every claim-bearing sentence rests on an approved input (grounding_v1)." });
  });

  it("sends an invented customer and a superlative to review, quoting each sentence with its kind and the likely intent", () => {
    const draft = withBody("Teams at Northwind Logistics moved their reporting into Lumora. Lumora is the easiest way to share a dashboard.");
    expect(runCheck("sentence_grounding", draft, ctx)).toMatchObject({
      status: "warn",
      message:
        '"Teams at Northwind Logistics moved their reporting into Lumora." — customer reference ("Teams at") without approved support; closest approved text: ' +
        '"On the Team plan, dashboards can be shared with unlimited viewers." (approved claim unlimited_viewers) (and 1 more). A reviewer must confirm or rewrite it.',
      evidence: [
        'email_body: "Teams at Northwind Logistics moved their reporting into Lumora." — customer reference ("Teams at") without approved support; closest approved text: "On the Team plan, dashboards can be shared with unlimited viewers." (approved claim unlimited_viewers)',
        'email_body: "Lumora is the easiest way to share a dashboard." — comparison or superlative ("the easiest way") without approved support; closest approved text: "On the Team plan, dashboards can be shared with unlimited viewers." (approved claim unlimited_viewers)',
      ],
    });
  });

  it("holds a restated claim to its own number, even when the wrong number occurs elsewhere in the brief", () => {
    expect(runCheck("sentence_grounding", withBody("Most teams connect their first data source within 3 days."), ctx).message).toBe(
      '"Most teams connect their first data source within 3 days." — number from another input (the brief) ("3 days") without approved support; ' +
        'closest approved text: "Most teams connect their first data source in under 10 minutes." (approved claim setup_time). A reviewer must confirm or rewrite it.',
    );
  });

  it("flags price urgency, plain-word promises and time promises the brief does not give", () => {
    for (const sentence of ["This rate won't last, so lock it in.", "There are no setup fees.", "Onboarding is included with every plan.", "Reports refresh within seconds."]) {
      expect(runCheck("sentence_grounding", withBody(sentence), ctx).status, sentence).toBe("warn");
    }
  });

  it("leaves the reader's own superlatives, sign-offs and comparatives without a 'than' alone", () => {
    const draft = withBody("You've already done the hardest part. Share results with the wider team. All the best,");
    expect(runCheck("sentence_grounding", draft, ctx).status).toBe("pass");
  });

  it("is skipped, saying why, when the repository has no approved grounding rules", () => {
    const { grounding: _rules, ...policies } = ctx.policies;
    expect(runCheck("sentence_grounding", cleanEmailDraft(), { ...ctx, policies })).toMatchObject({
      status: "skipped",
      message: "No approved grounding rules (policies/grounding/grounding_vN.yaml): sentences were not checked.",
    });
  });
});

describe("sentence_grounding: people, companies, promises and deadlines", () => {
  const closest = (text: string, source: string) => `closest approved text: "${text}" (${source})`;
  const REPORTS = closest("Scheduled reports can be delivered by email or Slack.", "approved claim scheduled_reports");
  const warn = (sentence: string, kind: string, cue: string, intent: string) =>
    `"${sentence}" — ${kind} ("${cue}") without approved support; ${intent}. A reviewer must confirm or rewrite it.`;

  it("sends a named person beside a quotation or 'told us' to review as a customer reference", () => {
    for (const sentence of ["Maya Chen told us reports got faster.", "\u201cReports got faster,\u201d Maya Chen wrote.", "Maya Chen says reports got faster.", "Reports got faster, Maya Chen said."]) {
      expect(runCheck("sentence_grounding", withBody(sentence), ctx), sentence).toMatchObject({
        status: "warn",
        message: warn(sentence, "customer reference", "Maya Chen", REPORTS),
      });
    }
  });

  it("leaves a person alone, signing off, and a company the tagger names with a suffix goes to review", () => {
    expect(runCheck("sentence_grounding", withBody("Maya Chen from the Lumora team."), ctx).status).toBe("pass");
    const sentence = "Globex Corp. moved every report into Lumora.";
    expect(runCheck("sentence_grounding", withBody(sentence), ctx).message).toBe(warn(sentence, "customer reference", "Globex Corp", REPORTS));
  });

  it("accepts a claim's words only from an approved claim the brief selected", () => {
    const fastest = { id: "fastest_share", text: "Lumora is the fastest way to share dashboards." };
    const sentence = "Lumora is the fastest way to share dashboards.";
    const inRegistry: CheckContext = { ...ctx, policies: { ...ctx.policies, claims: { ...ctx.policies.claims, claims: [...ctx.policies.claims.claims, fastest] } } };
    expect(runCheck("sentence_grounding", withBody(sentence), inRegistry).message).toBe(
      warn(sentence, "comparison or superlative", "the fastest way", closest(fastest.text, "approved claim fastest_share (not selected for this brief)")),
    );
    const selected: CheckContext = { ...inRegistry, brief: { ...ctx.brief, claims: [...ctx.brief.claims, "fastest_share"] } };
    expect(runCheck("sentence_grounding", withBody(sentence), selected).status).toBe("pass");
  });

  it("sends a promise about fees, contracts, cards or catches to review, but not any negation", () => {
    for (const [sentence, cue] of [["There is no contract to sign.", "no contract"], ["No credit card is needed.", "No credit card"], ["There is no catch.", "no catch"], ["No strings attached.", "No strings"]]) {
      expect(runCheck("sentence_grounding", withBody(sentence as string), ctx).message, sentence).toBe(warn(sentence as string, "unapproved promise", cue as string, "no approved text is close"));
    }
    expect(runCheck("sentence_grounding", withBody("There are no limits."), ctx).status).toBe("pass");
  });

  it("excuses urgency only in the clause naming the brief's own deadline", () => {
    const other = "This rate won't last until November 30, 2026.";
    expect(runCheck("sentence_grounding", withBody(other), ctx).message).toBe(
      warn(other, "price or availability urgency", "This rate", closest("20% off the first 3 months of the Team plan with code TEAM20, valid until 2026-12-31.", "the offer")),
    );
    expect(runCheck("sentence_grounding", withBody("This rate won't last until December 31, 2026."), ctx).status).toBe("pass");
    // A deadline excuses urgency, never a superlative.
    const superlative = "Lumora is the fastest way to keep dashboards until December 31, 2026.";
    expect(runCheck("sentence_grounding", withBody(superlative), ctx).message).toBe(
      warn(superlative, "comparison or superlative", "the fastest way", closest("Upgrading keeps every dashboard, query and alert created during the trial.", "approved claim keep_work")),
    );
    const split = "This rate won't last: code TEAM20 gives 20% off until December 31, 2026.";
    expect(runCheck("sentence_grounding", withBody(split), ctx).message).toBe(warn(split, "price or availability urgency", "This rate", "no approved text is close"));
  });
});

describe("offer_terms", () => {
  it("passes the offer restated in other words", () => {
    const draft = withBody("Use code TEAM20 for 20 percent off your first three months on the Team plan, until December 31st.");
    expect(runCheck("offer_terms", draft, ctx).status).toBe("pass");
  });

  it("fails the offer attached to another plan in a subject line", () => {
    expect(runCheck("offer_terms", cleanEmailDraft({ subject_lines: ["20% off Business for 3 months", "Keep everything you built", "Upgrade and keep your dashboards"] }), ctx)).toMatchObject({
      status: "fail",
      message: '"20% off Business for 3 months" states the offer\'s plan as "Business"; the offer is 20% off the first 3 months of the Team plan with code TEAM20, valid until 2026-12-31.',
      evidence: ['subject_lines[0]: "20% off Business for 3 months" — plan "Business", the offer says Team'],
    });
  });

  it("fails a fraction, a duration, a code and a month written in words that are not the offer's", () => {
    const report = runCheck("offer_terms", withBody("Code team20 takes a quarter off for half a year, valid until the end of November."), ctx);
    const quote = '"Code team20 takes a quarter off for half a year, valid until the end of November."';
    expect(report.evidence).toEqual([
      `email_body: ${quote} — discount "a quarter off", the offer says 20%`,
      `email_body: ${quote} — duration "half a year", the offer says 3 months`,
      `email_body: ${quote} — code "team20", the offer says TEAM20`,
      `email_body: ${quote} — expiry "valid until the end of November", the offer says 2026-12-31`,
    ]);
  });
});

describe("placeholders", () => {
  it("passes a markdown link and a bracketed call to action", () => {
    expect(runCheck("placeholders", withBody("[Read the docs](https://docs.lumora.example) or press [Upgrade to Team]."), ctx).status).toBe("pass");
  });

  it("fails template fields left unfilled, naming each once", () => {
    expect(runCheck("placeholders", withBody("Hi {{first_name}}, your team at [Company Name] built a lot."), ctx)).toMatchObject({
      status: "fail",
      message: 'The copy still holds the placeholders "{{first_name}}" and "[Company Name]" (email_body); fill them from the audience data or rewrite the sentence without them.',
      evidence: ["email_body: Hi {{first_name}}, your team at [Company Name]…", "email_body: …{{first_name}}, your team at [Company Name] built a lot."],
    });
  });

  it("fails [FIRST NAME] and *|FNAME|* in a subject line", () => {
    expect(runCheck("placeholders", cleanEmailDraft({ subject_lines: ["[FIRST NAME], 3 days left", "*|FNAME|*, keep your work", "c"] }), ctx).status).toBe("fail");
  });
});

describe("personal_data", () => {
  it("passes the company's postal address and the offer's date", () => {
    expect(runCheck("personal_data", cleanEmailDraft(), ctx).message).toBe("No e-mail address, phone number or recipient data in the copy.");
  });

  it("fails an e-mail address and a phone number without repeating them", () => {
    expect(runCheck("personal_data", withBody("We'll send the invoice to jordan.lee@northwind.com or call +1 (503) 555-0142."), ctx)).toMatchObject({
      status: "fail",
      message:
        "The copy contains personal data: email address (j…@n…) and phone number (…42 (11 digits)); remove it (a reply goes to the sender address, and personal details come from the platform's merge fields at send time).",
      evidence: ["email_body: We'll send the invoice to [email address] or call [phone number].", "email_body: …or call [phone number]."],
    });
  });

  it("fails a value from a personal-data source", () => {
    const report = runCheck("personal_data", withBody("Your account u_48213 is ready."), { ...ctx, personalData: ["u_48213"] });
    expect(report.evidence).toEqual(["email_body: Your account [recipient data] is ready."]);
  });
});

describe("self_reference", () => {
  it("fails the model introducing its draft", () => {
    expect(runCheck("self_reference", withBody("Here's the email you asked for: your Team trial ends in 3 days."), ctx)).toMatchObject({
      status: "fail",
      message: 'The copy speaks as the model or about its instructions ("Here\'s the email"); remove "Here\'s the email you asked for: your Team trial ends in 3 days." before it reaches a recipient.',
      evidence: ['email_body: "Here\'s the email you asked for: your Team trial ends in 3 days."'],
    });
  });

  it("passes a person signing off", () => {
    expect(runCheck("self_reference", withBody("I'm Maya, and I look after new Team accounts. Reply with any questions."), ctx).status).toBe("pass");
  });
});

describe("restricted_terms with the grounding rules' synonyms", () => {
  it("fails money-back as guarantee language", () => {
    expect(runCheck("restricted_terms", withBody("Every plan comes with a money-back promise."), ctx)).toMatchObject({
      status: "fail",
      message: 'The copy uses "money-back", restricted by legal_v9 (No guarantee language); remove or rephrase it.',
    });
  });
});
