import { beforeAll, describe, expect, it } from "vitest";
import type { CheckContext } from "../types.ts";
import { runCheck } from "../run.ts";
import { cleanEmailDraft, emailBody, exampleCampaignContext } from "../testing.ts";

let ctx: CheckContext;
beforeAll(async () => {
  ({ ctx } = await exampleCampaignContext());
});

const withBody = (middle: string) => cleanEmailDraft({ email_body: emailBody(middle) });
const OFFER = "20% off the first 3 months of the Team plan with code TEAM20";
const PASS = `The only discount named is the offer (${OFFER}).`;
const failMessage = (text: string, offer = OFFER) => `The copy names a discount, code or price that is not the offer ("${text}"); the only offer is ${offer}.`;
const discount = (draft: Record<string, unknown>, context = ctx) => runCheck("offer_only_discount", draft, context);

/** Each sentence is short enough that its evidence is the whole sentence. */
function expectSecondOffer(sentence: string, named: string): void {
  expect(discount(withBody(sentence)), sentence).toMatchObject({ status: "fail", message: failMessage(named), evidence: [sentence] });
}

describe("offer_only_discount: percentages", () => {
  it("passes the offer's own percentage however it is phrased", () => {
    for (const sentence of ["Save 20% with code TEAM20.", "That is 20 percent off.", "An extra 20% discount on Team."]) {
      expect(discount(withBody(sentence)).message, sentence).toBe(PASS);
    }
  });

  it("fails another percentage before every discount word, and a decimal one", () => {
    const cases: [string, string][] = [
      ["Get 30% off the Business plan.", "30%"],
      ["Get 30 percent discount on seats.", "30 percent"],
      ["Enjoy 25% savings on seats.", "25%"],
      ["Seats are 15% cheaper.", "15%"],
      ["Seats cost 10% less.", "10%"],
      ["Get an extra 12.5% off.", "extra 12.5%"],
      ["Save 30 percent on seats.", "Save 30 percent"],
    ];
    for (const [sentence, named] of cases) expectSecondOffer(sentence, named);
  });

  it("leaves a percentage alone that is not a discount", () => {
    expect(discount(withBody("Reports take 30% of the week for most analysts.")).message).toBe(PASS);
  });
});

describe("offer_only_discount: codes", () => {
  it("fails another code after 'code', 'coupon' or 'promo code', and a code-shaped word on its own", () => {
    const cases: [string, string][] = [
      ["Use coupon: WELCOME at checkout.", "WELCOME"],
      ["Use promo code SPRING at checkout.", "SPRING"],
      ["Use code SAVE30 at checkout.", "SAVE30"],
      ["SAVE30 also works at checkout.", "SAVE30"],
      ["BIGSALE100 also works at checkout.", "BIGSALE100"],
    ];
    for (const [sentence, named] of cases) expectSecondOffer(sentence, named);
  });

  it("quotes a long line around the mention, from 'promo code' on", () => {
    const sentence = "After a long trial with many dashboards built, use promo code SPRING at checkout to pay less for every seat you add.";
    expect(discount(withBody(sentence))).toMatchObject({ status: "fail", message: failMessage("SPRING"), evidence: ["…many dashboards built, use promo code SPRING at checkout to pay…"] });
  });

  it("quotes a line once when it names two things that are not the offer, and names the code first", () => {
    expect(discount(withBody("Use SAVE30 for $10."))).toMatchObject({ status: "fail", message: failMessage("SAVE30"), evidence: ["Use SAVE30 for $10."] });
  });
});

describe("offer_only_discount: prices", () => {
  it("fails a price in any currency symbol or word", () => {
    const cases: [string, string][] = [
      ["Team is $49 per user.", "$49"],
      ["Team is € 39 per user.", "€ 39"],
      ["Team is £1,200.50 a year.", "£1,200.50"],
      ["Team is 99 USD per user.", "99 USD"],
      ["Team is 49 dollars per user.", "49 dollars"],
      ["Team is 45 euros per user.", "45 euros"],
    ];
    for (const [sentence, named] of cases) expectSecondOffer(sentence, named);
  });
});

describe("offer_only_discount: other deals", () => {
  it("fails every other kind of deal", () => {
    const cases: [string, string][] = [
      ["Team is half-price for you.", "half-price"],
      ["Team is half off for you.", "half off"],
      ["Buy one, get one on seats.", "Buy one, get one"],
      ["Buy one get one on seats.", "Buy one get one"],
      ["A BOGO deal on seats.", "BOGO"],
      ["You get 2 months free.", "2 months free"],
      ["You get an extra month on us.", "an extra month on us"],
      ["You get one extra month at no extra cost.", "one extra month at no extra cost"],
      ["It is a double discount.", "double discount"],
      ["Our codes are stackable codes.", "stackable codes"],
      ["That is 20% off the first six months.", "first six months"],
      ["That is 20% off the first twelve months.", "first twelve months"],
    ];
    for (const [sentence, named] of cases) expectSecondOffer(sentence, named);
  });

  it("fails another discount period or free months in every number word up to twelve", () => {
    for (const word of ["five", "seven", "eight", "nine", "ten", "eleven"]) {
      expectSecondOffer(`That is 20% off the first ${word} months.`, `first ${word} months`);
    }
    for (const word of ["four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]) {
      expectSecondOffer(`You also get ${word} months free.`, `${word} months free`);
    }
  });

  it("passes the offer's own duration written in words", () => {
    expect(discount(withBody("That is 20% off the first three months.")).message).toBe(PASS);
    expect(discount(withBody("Your First Three Months at 20% off.")).message).toBe(PASS);
  });

  it("judges no duration when the offer has none", () => {
    const open = { ...ctx, offer: { ...ctx.offer, duration_months: undefined } as CheckContext["offer"] };
    expect(discount(withBody("That is 20% off the first six months."), open).status).toBe("pass");
  });
});

describe("offer_only_discount: a campaign without an offer", () => {
  it("fails any discount, since there is no offer to name", () => {
    const none = { ...ctx, offer: undefined };
    expect(discount(cleanEmailDraft(), none)).toMatchObject({
      status: "fail",
      message: failMessage("20%", "no discount"),
      evidence: ["Code TEAM20 gives 20% off the first 3 months of the…", "Code TEAM20 gives 20% off the first 3…"],
    });
    const plain = cleanEmailDraft({ email_body: emailBody("Your Team trial ends in 3 days.").replace(/Code TEAM20 .*\n/, "") });
    expect(discount(plain, none)).toMatchObject({ status: "pass", message: "The only discount named is the offer (no discount)." });
  });
});

describe("offer_only_discount: the edges of each pattern", () => {
  it("reads a percentage with any spacing around 'save', 'extra' and the discount word, and two decimals", () => {
    const cases: [string, string, string][] = [
      ["Get an extra  12.5% off.", "extra  12.5%", "Get an extra 12.5% off."],
      ["Save  30 percent on seats.", "Save  30 percent", "Save 30 percent on seats."],
      ["Get 12.75% off.", "12.75%", "Get 12.75% off."],
      ["Save 12.25 percent on seats.", "Save 12.25 percent", "Save 12.25 percent on seats."],
      ["Get 30%off the Business plan.", "30%", "Get 30%off the Business plan."],
      ["Enjoy a 25% saving on seats.", "25%", "Enjoy a 25% saving on seats."],
      ["Flash sale: save-30% off seats.", "30%", "Flash sale: save-30% off seats."],
    ];
    for (const [sentence, named, quoted] of cases) {
      expect(discount(withBody(sentence)), sentence).toMatchObject({ status: "fail", message: failMessage(named), evidence: [quoted] });
    }
  });

  it("reads a code after 'promo' alone, after a spaced colon, and after any run of spaces", () => {
    const cases: [string, string, string][] = [
      ["Use promo SPRING at checkout.", "SPRING", "Use promo SPRING at checkout."],
      ["Use coupon : WELCOME at checkout.", "WELCOME", "Use coupon : WELCOME at checkout."],
      ["Use coupon:  WELCOME at checkout.", "WELCOME", "Use coupon: WELCOME at checkout."],
    ];
    for (const [sentence, named, quoted] of cases) {
      expect(discount(withBody(sentence)), sentence).toMatchObject({ status: "fail", message: failMessage(named), evidence: [quoted] });
    }
  });

  it("quotes a long line from 'promo' on when two spaces sit before 'code'", () => {
    const sentence = "After a long trial with many dashboards built, use promo  code SPRING at checkout to pay less for every seat you add.";
    expect(discount(withBody(sentence))).toMatchObject({ status: "fail", message: failMessage("SPRING"), evidence: ["…many dashboards built, use promo code SPRING at checkout to…"] });
  });

  it("reads a price of four digits, with cents, or with no space before the currency", () => {
    const cases: [string, string][] = [
      ["Team is 1200 USD a year.", "1200 USD"],
      ["Team is 12.50 USD per user.", "12.50 USD"],
      ["Team is 49USD per user.", "49USD"],
    ];
    for (const [sentence, named] of cases) expectSecondOffer(sentence, named);
  });

  it("reads free months, stacking and other periods with any spacing and number", () => {
    const cases: [string, string, string][] = [
      ["You get 12 months free.", "12 months free", "You get 12 months free."],
      ["You get 2  months free.", "2  months free", "You get 2 months free."],
      ["You get one extra  month on us.", "one extra  month on us", "You get one extra month on us."],
      ["You get 2 months  free.", "2 months  free", "You get 2 months free."],
      ["You get 2 months at no cost.", "2 months at no cost", "You get 2 months at no cost."],
      ["You can stack codes on seats.", "stack codes", "You can stack codes on seats."],
      ["You get a stacked discount.", "stacked discount", "You get a stacked discount."],
      ["Each is a stackable code.", "stackable code", "Each is a stackable code."],
      ["That is 20% off the first  six months.", "first  six months", "That is 20% off the first six months."],
      ["That is 20% off the first 12 months.", "first 12 months", "That is 20% off the first 12 months."],
      ["That is 20% off the first six  months.", "first six  months", "That is 20% off the first six months."],
      ["That is 20% off the first one month.", "first one month", "That is 20% off the first one month."],
    ];
    for (const [sentence, named, quoted] of cases) {
      expect(discount(withBody(sentence)), sentence).toMatchObject({ status: "fail", message: failMessage(named), evidence: [quoted] });
    }
  });
});
