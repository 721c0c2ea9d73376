import { beforeAll, describe, expect, it } from "vitest";
import type { CheckContext } from "../types.ts";
import { runCheck } from "../run.ts";
import { cleanEmailDraft, emailBody, exampleCampaignContext } from "../testing.ts";

let ctx: CheckContext;
beforeAll(async () => {
  ({ ctx } = await exampleCampaignContext());
});

const withBody = (middle: string) => cleanEmailDraft({ email_body: emailBody(middle) });
const OTHER_SUBJECTS = ["Keep everything you built", "Upgrade and keep your dashboards"];

describe("self_reference", () => {
  it("passes the clean draft", () => {
    expect(runCheck("self_reference", cleanEmailDraft(), ctx)).toMatchObject({ status: "pass", message: "The copy never speaks as the model or about its instructions." });
  });

  it("names each phrase once and quotes every sentence with its field", () => {
    const draft = cleanEmailDraft({
      subject_lines: ["As requested, your trial ends soon", ...OTHER_SUBJECTS],
      email_body: emailBody("As requested, here are your reports. Certainly! I've shortened the intro."),
    });
    expect(runCheck("self_reference", draft, ctx)).toMatchObject({
      status: "fail",
      message:
        'The copy speaks as the model or about its instructions ("As requested", "Certainly!" and "I\'ve shortened"); remove "As requested, your trial ends soon" before it reaches a recipient.',
      evidence: [
        'subject_lines[0]: "As requested, your trial ends soon"',
        'email_body: "As requested, here are your reports."',
        'email_body: "Certainly!"',
        'email_body: "I\'ve shortened the intro."',
      ],
    });
  });

  it("is skipped, and says why, without approved grounding rules", () => {
    const noRules = { ...ctx, policies: { ...ctx.policies, grounding: undefined } } as CheckContext;
    expect(runCheck("self_reference", withBody("As requested, here are your reports."), noRules)).toMatchObject({
      status: "skipped",
      message: "No approved grounding rules (policies/grounding/grounding_vN.yaml): self-reference was not checked.",
    });
  });
});

describe("personal_data", () => {
  it("names a repeated address once and quotes each place, in every field", () => {
    const draft = cleanEmailDraft({
      subject_lines: ["Write to sam@northwind.com", ...OTHER_SUBJECTS],
      email_body: emailBody("Questions? Write to sam@northwind.com today."),
    });
    expect(runCheck("personal_data", draft, ctx)).toMatchObject({
      status: "fail",
      message:
        "The copy contains personal data: email address (s…@n…); remove it (a reply goes to the sender address, and personal details come from the platform's merge fields at send time).",
      evidence: ["subject_lines[0]: Write to [email address]", "email_body: Questions? Write to [email address] today."],
    });
  });
});

describe("personal_data: one line with two kinds", () => {
  it("names both kinds and quotes the line once", () => {
    expect(runCheck("personal_data", withBody("Mail sam@northwind.com or +1 (503) 555-0142."), ctx)).toMatchObject({
      status: "fail",
      message:
        "The copy contains personal data: email address (s…@n…) and phone number (…42 (11 digits)); remove it (a reply goes to the sender address, and personal details come from the platform's merge fields at send time).",
      evidence: ["email_body: Mail [email address] or [phone number]."],
    });
  });
});

describe("brand_words", () => {
  it("names each banned word once, in the order of the brand's list, and quotes every place", () => {
    const draft = cleanEmailDraft({
      subject_lines: ["A cutting-edge way to report", ...OTHER_SUBJECTS],
      email_body: emailBody("A revolutionary way to share dashboards."),
    });
    expect(runCheck("brand_words", draft, ctx)).toMatchObject({
      status: "fail",
      message: 'The copy uses "revolutionary" and "cutting-edge", banned by brand_v6; say what the product does instead.',
      evidence: ["A revolutionary way to share dashboards.", "A cutting-edge way to report"],
    });
  });

  it("quotes a place once when it holds a banned word twice", () => {
    expect(runCheck("brand_words", withBody("Synergy, synergy."), ctx)).toMatchObject({
      status: "fail",
      message: 'The copy uses "synergy", banned by brand_v6; say what the product does instead.',
      evidence: ["Synergy, synergy."],
    });
  });
});

describe("risk_flags", () => {
  it("ignores blank flags", () => {
    expect(runCheck("risk_flags", cleanEmailDraft({ risk_flags: ["", "  "] }), ctx)).toMatchObject({ status: "pass", message: "The model raised no risk flags." });
  });

  it("counts several flags, quotes the first and lists every one that is not blank", () => {
    expect(runCheck("risk_flags", cleanEmailDraft({ risk_flags: ["Usage data may be stale", " ", "Offer date unclear"] }), ctx)).toMatchObject({
      status: "warn",
      message: 'The model raised 2 risk flags ("Usage data may be stale"); a reviewer must look before approval.',
      evidence: ["Usage data may be stale", "Offer date unclear"],
    });
  });
});
