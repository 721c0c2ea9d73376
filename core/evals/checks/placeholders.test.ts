import { beforeAll, describe, expect, it } from "vitest";
import type { CheckContext } from "../types.ts";
import { runCheck } from "../run.ts";
import { cleanEmailDraft, emailBody, exampleCampaignContext } from "../testing.ts";

let ctx: CheckContext;
beforeAll(async () => {
  ({ ctx } = await exampleCampaignContext());
});

const withBody = (middle: string) => cleanEmailDraft({ email_body: emailBody(middle) });
const placeholders = (draft: Record<string, unknown>) => runCheck("placeholders", draft, ctx);
const PASS = "No unresolved template placeholder in the copy.";
const one = (name: string, fields = "email_body") =>
  `The copy still holds the placeholder "${name}" (${fields}); fill it from the audience data or rewrite the sentence without it.`;

describe("placeholders: every templating language's mark", () => {
  it("fails each kind of unfilled field, naming it once", () => {
    const cases: [string, string][] = [
      ["Hi {{ first_name }}, welcome back.", "{{ first_name }}"],
      ["Hi {% if name %}, welcome back.", "{% if name %}"],
      ["Hi {first_name}, welcome back.", "{first_name}"],
      ["Hi { user.first-name }, welcome back.", "{ user.first-name }"],
      ["Hi ${name}, welcome back.", "${name}"],
      ["Hi *|FNAME|*, welcome back.", "*|FNAME|*"],
      ["Hi *|MERGE:FNAME|*, welcome back.", "*|MERGE:FNAME|*"],
      ["Hi %FIRSTNAME%, welcome back.", "%FIRSTNAME%"],
      ["Hi %FIRST_NAME%, welcome back.", "%FIRST_NAME%"],
      ["Hi [FIRST NAME], welcome back.", "[FIRST NAME]"],
      ["Hi [FIRST-NAME], welcome back.", "[FIRST-NAME]"],
      ["Hi [First Name], welcome back.", "[First Name]"],
      ["Your trial ends on [insert date].", "[insert date]"],
      ["Thanks from [your company].", "[your company]"],
      ["Thanks from [company name here].", "[company name here]"],
      ["Hi <First Name>, welcome back.", "<First Name>"],
      ["Hi <FNAME>, welcome back.", "<FNAME>"],
      ["Hi <first_name>, welcome back.", "<first_name>"],
      ["Thanks from <company name>.", "<company name>"],
      ["Hi FIRST_NAME, welcome back.", "FIRST_NAME"],
      ["Hi FNAME, welcome back.", "FNAME"],
      ["Thanks from COMPANYNAME.", "COMPANYNAME"],
      ["Hi LNAME, welcome back.", "LNAME"],
    ];
    for (const [sentence, name] of cases) {
      expect(placeholders(withBody(sentence)), sentence).toMatchObject({ status: "fail", message: one(name), evidence: [`email_body: ${sentence}`] });
    }
  });

  it("leaves prices, percentages, links and ordinary brackets alone", () => {
    for (const sentence of [
      "Pay $49 per user on Team.",
      "Save 20% and 30% later.",
      "[Read the docs](https://docs.lumora.example) first.",
      "See [Pricing](https://lumora.example/pricing) first.",
      "Reports (daily or weekly) arrive by email.",
      "Shared dashboards (a <3 minute setup) stay.",
      "Charts accept series{sales} in the query editor.",
    ]) {
      expect(placeholders(withBody(sentence)).message, sentence).toBe(PASS);
    }
  });

  it("takes the call to action in brackets for a button in any case, and nothing else in brackets", () => {
    expect(placeholders(withBody("Press [UPGRADE TO TEAM] below.")).message).toBe(PASS);
    expect(placeholders(withBody("Press [Upgrade To Team] below.")).message).toBe(PASS);
    expect(placeholders(withBody("Press [Upgrade Today] below."))).toMatchObject({ status: "fail", message: one("[Upgrade Today]") });
  });
});

describe("placeholders: where they are", () => {
  it("names every field that holds one, and says 'them' for more than one", () => {
    const draft = cleanEmailDraft({ subject_lines: ["{{first_name}}, 3 days left", "Keep everything you built", "Upgrade and keep your dashboards"], preview_text: "Hi %FIRSTNAME%, keep every dashboard, query and alert you built." });
    expect(placeholders(draft)).toMatchObject({
      status: "fail",
      message: 'The copy still holds the placeholders "{{first_name}}" and "%FIRSTNAME%" (subject_lines[0], preview_text); fill them from the audience data or rewrite the sentence without them.',
      evidence: ["subject_lines[0]: {{first_name}}, 3 days left", "preview_text: Hi %FIRSTNAME%, keep every dashboard, query…"],
    });
  });

  it("quotes a line once when it holds two placeholders", () => {
    expect(placeholders(withBody("Hi {{first_name}} {{last_name}}."))).toMatchObject({
      message: 'The copy still holds the placeholders "{{first_name}}" and "{{last_name}}" (email_body); fill them from the audience data or rewrite the sentence without them.',
      evidence: ["email_body: Hi {{first_name}} {{last_name}}."],
    });
  });

  it("names a placeholder once however often it appears", () => {
    expect(placeholders(withBody("Hi {{first_name}}.\n\nBye {{first_name}}."))).toMatchObject({
      message: one("{{first_name}}"),
      evidence: ["email_body: Hi {{first_name}}.", "email_body: Bye {{first_name}}."],
    });
  });
});

describe("placeholders: a draft without a cta_text", () => {
  it("fails an empty field, which no call to action excuses", () => {
    const draft = cleanEmailDraft({ email_body: emailBody("Hi {{ }}, welcome back.") });
    delete draft.cta_text;
    expect(placeholders(draft)).toMatchObject({ status: "fail", message: one("{{ }}") });
  });
});

describe("placeholders: the call to action in brackets", () => {
  it("excuses the call to action with spaces inside its braces", () => {
    expect(placeholders(withBody("Ready?\n{ Upgrade to Team }")).message).toBe(PASS);
  });

  it("excuses the call to action when the cta_text has spaces around it", () => {
    const draft = cleanEmailDraft({ cta_text: " Upgrade to Team ", email_body: emailBody("Ready?\n{Upgrade to Team}") });
    expect(placeholders(draft).message).toBe(PASS);
  });
});

describe("placeholders: one finding per placeholder", () => {
  it("names a field inside a longer one once, whichever pattern finds the shorter first", () => {
    expect(placeholders(withBody("Hi [first {name}], welcome back."))).toMatchObject({ status: "fail", message: one("[first {name}]") });
  });

  it("names a field that ends where a longer one ends once", () => {
    expect(placeholders(withBody("Hi ${ {first_name}, welcome back."))).toMatchObject({ status: "fail", message: one("${ {first_name}") });
  });

  it("names the placeholders in the order the copy has them", () => {
    expect(placeholders(withBody("Hi {name}, welcome back to {{company_name}}.")).message).toBe(
      'The copy still holds the placeholders "{name}" and "{{company_name}}" (email_body); fill them from the audience data or rewrite the sentence without them.',
    );
  });
});
