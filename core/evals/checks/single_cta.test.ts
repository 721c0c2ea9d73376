import { beforeAll, describe, expect, it } from "vitest";
import type { CheckContext } from "../types.ts";
import { runCheck } from "../run.ts";
import { cleanEmailDraft, emailBody, exampleCampaignContext } from "../testing.ts";

let ctx: CheckContext;
beforeAll(async () => {
  ({ ctx } = await exampleCampaignContext());
});

const withBody = (middle: string) => cleanEmailDraft({ email_body: emailBody(middle) });
const singleCta = (draft: Record<string, unknown>) => runCheck("single_cta", draft, ctx);
const PASS = '"Upgrade to Team" appears exactly once and is the only call to action.';
const second = (text: string) => `The body has a second call to action ("${text}") besides "Upgrade to Team"; keep only "Upgrade to Team".`;
/** The clean body with its "Upgrade to Team" line turned into a link. */
const linkedBody = (link: string, extra = "") => emailBody(`Your trial ends in 3 days.${extra}`).replace("\nUpgrade to Team\n", `\n${link}\n`);

describe("single_cta: the cta_text field", () => {
  it("accepts the brief's text with spaces around it", () => {
    expect(singleCta(cleanEmailDraft({ cta_text: " Upgrade to Team " })).message).toBe(PASS);
  });

  it("quotes the wrong cta_text as evidence", () => {
    expect(singleCta(cleanEmailDraft({ cta_text: "Start now" }))).toMatchObject({ status: "fail", evidence: ["Start now"] });
  });
});

describe("single_cta: how often the call to action appears", () => {
  it("fails a body without the call to action", () => {
    const draft = cleanEmailDraft({ email_body: emailBody("Your trial ends in 3 days.").replace("\nUpgrade to Team\n", "\n") });
    expect(singleCta(draft)).toMatchObject({
      status: "fail",
      message: 'The call to action "Upgrade to Team" does not appear in the body; it must appear exactly once.',
      evidence: ["Upgrade to Team"],
    });
  });

  it("counts the call to action in any case", () => {
    expect(singleCta(withBody("You can upgrade to team billing at any time."))).toMatchObject({
      status: "fail",
      message: 'The call to action "Upgrade to Team" appears 2 times in the body; it must appear exactly once.',
      evidence: ["Upgrade to Team"],
    });
  });
});

describe("single_cta: a second ask in a sentence", () => {
  it("fails every other ask, quoting it", () => {
    const cases: [string, string][] = [
      ["If you have questions, book a call with us this week.", "book a call"],
      ["If you have questions, schedule a demo with us this week.", "schedule a demo"],
      ["If you have questions, talk to sales about your plan.", "talk to sales"],
      ["If you have questions, talk to our team about your plan.", "talk to our team"],
      ["If you have questions, contact sales about your plan.", "contact sales"],
      ["If you have questions, request a demo from us this week.", "request a demo"],
      ["Not ready yet? You can start a new trial on another workspace.", "start a new trial"],
      ["Not ready yet? You can start your plan on another workspace.", "start your plan"],
      ["Not ready yet? You can sign up today for our weekly webinar.", "sign up today"],
      ["Not ready yet? You can buy now and pay later with invoicing.", "buy now"],
      ["New to reports? You can get started today with our templates.", "get started today"],
      ["New to reports? Get started with our templates.", "Get started"],
      ["New to reports? You can always get started.", "get started"],
      ["Questions about pricing? Just reply to book a time with us.", "reply to book"],
    ];
    for (const [sentence, ask] of cases) {
      expect(singleCta(withBody(sentence)), sentence).toMatchObject({ status: "fail", message: second(ask), evidence: [ask] });
    }
  });
});

describe("single_cta: links", () => {
  it("passes the call to action as a link in any case, and every footer link", () => {
    expect(singleCta(cleanEmailDraft({ email_body: linkedBody("[upgrade to team](https://app.lumora.example/billing/upgrade)") })).message).toBe(PASS);
    for (const footer of ["[Unsubscribe](https://app.lumora.example/u)", "[Privacy policy](https://lumora.example/privacy)", "[View in your browser](https://lumora.example/v)", "[View in browser](https://lumora.example/v)"]) {
      const body = `${linkedBody("[Upgrade to Team](https://app.lumora.example/billing/upgrade)")}\n${footer}`;
      expect(singleCta(cleanEmailDraft({ email_body: body })).message, footer).toBe(PASS);
    }
  });

  it("reads HTML links like markdown links", () => {
    const cta = '<a href="https://app.lumora.example/billing/upgrade">Upgrade to Team</a>';
    expect(singleCta(cleanEmailDraft({ email_body: linkedBody(cta) })).message).toBe(PASS);
    const other = linkedBody(cta, '\n\n<a href="https://lumora.example/pricing"> Compare every plan </a>');
    expect(singleCta(cleanEmailDraft({ email_body: other }))).toMatchObject({ status: "fail", message: second("Compare every plan"), evidence: ["Compare every plan"] });
  });
});

describe("single_cta: button lines", () => {
  it("fails a short line styled as a button or starting with a call-to-action verb", () => {
    const cases: [string, string][] = [
      ["**Claim your seat**", "**Claim your seat**"],
      ["> Join the live tour", "> Join the live tour"],
      ["[Keep my dashboards]", "[Keep my dashboards]"],
      ["See what is new →", "See what is new →"],
      ["See what is new »", "See what is new »"],
      ["See what is new >>", "See what is new >>"],
    ];
    for (const [line, evidence] of cases) {
      expect(singleCta(withBody(`Your trial ends in 3 days.\n\n${line}`)), line).toMatchObject({ status: "fail", message: second(evidence), evidence: [evidence] });
    }
  });

  it("passes a short line that only mentions a verb or an arrow inside it, and a short footer link", () => {
    for (const line of ["Glad you could try it.", "Terms apply [1]", "Sources → dashboards → reports.", "[Contact privacy](/privacy)"]) {
      expect(singleCta(withBody(`Your trial ends in 3 days.\n\n${line}`)).message, line).toBe(PASS);
    }
  });

  it("takes a line of at most 40 characters and 6 words for a button, and a longer one for prose", () => {
    const button = "Explore the scheduled report feature now";
    expect(button).toHaveLength(40);
    expect(singleCta(withBody(`Your trial ends in 3 days.\n\n${button}`))).toMatchObject({ status: "fail", evidence: [button] });
    expect(singleCta(withBody("Your trial ends in 3 days.\n\nExplore the scheduled reports feature now")).message).toBe(PASS);
    expect(singleCta(withBody("Your trial ends in 3 days.\n\nTry a dashboard for your team"))).toMatchObject({ status: "fail", evidence: ["Try a dashboard for your team"] });
    expect(singleCta(withBody("Your trial ends in 3 days.\n\nTry a dashboard for your whole team")).message).toBe(PASS);
  });
});

describe("single_cta: how a button line is read", () => {
  it("reads an indented line as a button line", () => {
    expect(singleCta(withBody("Your trial ends in 3 days.\n   Try the Team plan"))).toMatchObject({ status: "fail", message: second("Try the Team plan") });
  });

  it("counts the words of a line however many spaces part them", () => {
    expect(singleCta(withBody("Your trial ends in 3 days.\nTry  the  new  team  plan  today"))).toMatchObject({ status: "fail", message: second("Try  the  new  team  plan  today") });
  });

  it("takes a line as a bracketed button only when the brackets hold all of it", () => {
    expect(singleCta(withBody("Your trial ends in 3 days.\n[Learn more] about plans")).message).toBe(PASS);
  });
});
