import { beforeAll, describe, expect, it } from "vitest";
import type { CheckContext } from "../types.ts";
import { runCheck } from "../run.ts";
import { cleanEmailDraft, emailBody, exampleCampaignContext } from "../testing.ts";

let ctx: CheckContext;
beforeAll(async () => {
  ({ ctx } = await exampleCampaignContext());
});

const withBody = (middle: string) => cleanEmailDraft({ email_body: emailBody(middle) });
const urgency = (draft: Record<string, unknown>, context = ctx) => runCheck("urgency_deadline", draft, context);
const PASS = "Every deadline and urgency phrase refers to a real deadline of the brief.";
const failMessage = (phrase: string, deadlines = "the trial's end (3 days) and 2026-12-31") =>
  `The copy creates urgency or names a date the brief does not back ("${phrase}"); the real deadlines are ${deadlines}.`;

describe("urgency_deadline: invented windows", () => {
  it("fails every kind of invented time pressure and names the phrase", () => {
    const cases: [string, string][] = [
      ["This price is for today only.", "today only"],
      ["Only today: keep your dashboards.", "Only today"],
      ["The price ends today.", "ends today"],
      ["Upgrade before midnight.", "before midnight"],
      ["The price ends tomorrow.", "ends tomorrow"],
      ["It is the last day to upgrade.", "last day"],
      ["Upgrade this weekend.", "this weekend"],
      ["These are the final hours.", "final hours"],
      ["A limited-time price for Team.", "limited-time"],
      ["A limited time price for Team.", "limited time"],
      ["Our flash sale is on.", "flash sale"],
      ["The price holds while supplies last.", "while supplies last"],
      ["There are only 5 seats left.", "only 5 seats left"],
      ["There are only 12 licences left.", "only 12 licences left"],
      ["There are only 12 licenses left.", "only 12 licenses left"],
      ["Upgrade by the end of the week.", "by the end of the week"],
      ["The price ends at the end of this month.", "ends at the end of this month"],
      ["This month only: the Team plan.", "This month only"],
      ["The price changes in 12 hours.", "in 12 hours"],
      ["There are 24 hours left.", "24 hours left"],
      ["Upgrade until Sunday.", "until Sunday"],
      ["Upgrade this Monday.", "this Monday"],
    ];
    for (const [sentence, phrase] of cases) {
      expect(urgency(withBody(sentence)), sentence).toMatchObject({ status: "fail", message: failMessage(phrase), evidence: [sentence] });
    }
  });
});

describe("urgency_deadline: day windows against the brief's window", () => {
  it("passes the brief's window in digits, in words and with 'more'", () => {
    for (const sentence of ["Your trial ends in three days.", "You have just 3 more days.", "There are 3 days left.", "Only three more days remain on your trial."]) {
      expect(urgency(withBody(sentence)).message, sentence).toBe(PASS);
    }
  });

  it("fails any other window in digits or words, before or after the days", () => {
    const cases: [string, string][] = [
      ["The price holds for just 2 more days.", "just 2 more days"],
      ["Upgrade within seven days.", "within seven days"],
      ["Upgrade within 10 days.", "within 10 days"],
      ["There are 13 days remaining.", "13 days remaining"],
      ["Two days to go.", "Two days to go"],
    ];
    for (const [sentence, phrase] of cases) {
      expect(urgency(withBody(sentence)), sentence).toMatchObject({ status: "fail", message: failMessage(phrase), evidence: [sentence] });
    }
  });

  it("fails a window in any number word up to fourteen", () => {
    for (const word of ["eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen"]) {
      const sentence = `Upgrade within ${word} days.`;
      expect(urgency(withBody(sentence)), sentence).toMatchObject({ status: "fail", message: failMessage(`within ${word} days`), evidence: [sentence] });
    }
    expect(urgency(withBody("There are ten days left."))).toMatchObject({ status: "fail", message: failMessage("ten days left") });
  });

  it("reads a recap only when the window starts the clause before what was done", () => {
    expect(urgency(withBody("In 14 days, you created 7 dashboards.")).message).toBe(PASS);
    const sentence = "Upgrade in 2 days or lose what you built.";
    expect(urgency(withBody(sentence))).toMatchObject({ status: "fail", message: failMessage("in 2 days"), evidence: [sentence] });
  });
});

describe("urgency_deadline: urgency words need a real deadline in their sentence", () => {
  it("passes urgency about the trial's end, next to the brief's window in words or as the brief writes it, or next to the allowed date", () => {
    for (const sentence of ["Don't miss out: your trial is almost over.", "Hurry, only three days left.", "Last chance: 3 days until your work is gone.", "Act now: the offer expires on December 31, 2026."]) {
      expect(urgency(withBody(sentence)).message, sentence).toBe(PASS);
    }
  });

  it("fails urgency words whose sentence names no real deadline, quoting the first", () => {
    const cases: [string, string][] = [
      ["This is your final chance to keep the price.", "final chance"],
      ["Act fast and keep the price.", "Act fast"],
      ["Don't miss out on the Team plan.", "Don't miss out"],
      ["Seats are running out.", "running out"],
      ["The price is ending soon, so hurry.", "ending soon"],
      ["Now or never.", "Now or never"],
    ];
    for (const [sentence, phrase] of cases) {
      expect(urgency(withBody(sentence)), sentence).toMatchObject({ status: "fail", message: failMessage(phrase), evidence: [sentence] });
    }
  });

  it("quotes a sentence once when both an invented window and an urgency word are in it", () => {
    expect(urgency(withBody("Hurry, the price ends tonight."))).toMatchObject({ status: "fail", message: failMessage("ends tonight"), evidence: ["Hurry, the price ends tonight."] });
  });
});

describe("urgency_deadline: a brief with fewer deadlines", () => {
  // Subject lines without the trial's "3 days", so only the body is judged.
  const withBodyOnly = (middle: string) =>
    cleanEmailDraft({ subject_lines: ["Keep everything you built", "Upgrade and keep your dashboards", "Your Team plan is ready"], email_body: emailBody(middle) });

  it("says the brief has no deadline when it allows neither a window nor a date", () => {
    const none = { ...ctx, brief: { ...ctx.brief, allowed_windows: [], allowed_dates: [] } };
    expect(urgency(withBodyOnly("The offer expires on December 31, 2026."), none)).toMatchObject({
      status: "fail",
      message: failMessage("December 31, 2026", "none in this brief"),
      evidence: ["The offer expires on December 31, 2026.", "…the Team plan, valid until December 31, 2026."],
    });
  });

  it("reads a brief without windows as allowing no window, and still allows its date", () => {
    const { allowed_windows: _unused, ...brief } = ctx.brief;
    const noWindows = { ...ctx, brief };
    expect(urgency(withBodyOnly("Last chance: the offer expires on December 31."), noWindows).message).toBe(PASS);
    expect(urgency(withBodyOnly("Hurry, only three days left."), noWindows)).toMatchObject({
      status: "fail",
      message: failMessage("only three days", "2026-12-31"),
      evidence: ["Hurry, only three days left."],
    });
  });
});

describe("urgency_deadline: spacing inside a window", () => {
  it("reads a recounted past however many spaces part its words", () => {
    for (const sentence of ["In 14 days  you built 7 dashboards.", "In 14 days your  team built 7 dashboards.", "In 14 days your team  built 7 dashboards."]) {
      expect(urgency(withBody(sentence)).message, sentence).toBe(PASS);
    }
  });

  it("allows the brief's window with 'more' and two spaces before 'days'", () => {
    expect(urgency(withBody("Only 3 more  days to keep your dashboards.")).message).toBe(PASS);
  });

  it("allows the brief's window where the copy puts two spaces between its words", () => {
    for (const sentence of ["Only 3  days left to keep your dashboards.", "Your trial window closes in 3  days, so upgrade now."]) {
      expect(urgency(withBody(sentence)).message, sentence).toBe(PASS);
    }
  });

  it("allows a window the brief writes with the copy's two spaces", () => {
    const spaced = { ...ctx, brief: { ...ctx.brief, allowed_windows: ["3 days", "3  days"] } };
    expect(urgency(withBody("Only 3  days left to keep your dashboards."), spaced).message).toBe(PASS);
  });
});

describe("urgency_deadline: a brief with several windows", () => {
  it("backs urgency with any one of them", () => {
    const two = { ...ctx, brief: { ...ctx.brief, allowed_windows: ["3 days", "7 days"] } };
    expect(urgency(withBody("Last chance to upgrade before the 3 days are up."), two).message).toBe(PASS);
  });
});

describe("urgency_deadline: the real deadlines the message names", () => {
  it("names an allowed date by its day alone", () => {
    const timed = { ...ctx, brief: { ...ctx.brief, allowed_dates: ["2026-12-31T23:59:00Z"] } };
    expect(urgency(withBody("Hurry, upgrade now."), timed)).toMatchObject({ status: "fail", message: failMessage("Hurry", "the trial's end (3 days) and 2026-12-31") });
  });
});
