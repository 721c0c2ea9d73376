import { beforeAll, describe, expect, it } from "vitest";
import type { CheckContext } from "./types.ts";
import { approvedTexts, clauseAround, contentWords, copySentences, likelyIntent, quoteSentence, rankApproved, stem, type ApprovedText } from "./sentences.ts";
import { exampleCampaignContext } from "./testing.ts";

let ctx: CheckContext;
beforeAll(async () => {
  ({ ctx } = await exampleCampaignContext());
});

const bodySentences = (body: string) => copySentences({ email_body: body }).map((s) => s.text);
const approved = (source: string, text: string): ApprovedText => ({ source, text, supports: true });

describe("copySentences: list and Markdown marks", () => {
  it("reads a bulleted, bold line as its words", () => {
    expect(copySentences({ email_body: "- **Offer:** Save on Team" })).toEqual([{ field: "email_body", text: "Offer: Save on Team" }]);
  });

  it("takes the mark off indented bullets, other bullet signs and numbered items", () => {
    expect(bodySentences("  - Keep dashboards\n• Share reports\n12. Add alerts\n3) Invite viewers")).toEqual([
      "Keep dashboards",
      "Share reports",
      "Add alerts",
      "Invite viewers",
    ]);
  });

  it("keeps a dash inside a line and a dash that starts a word", () => {
    expect(bodySentences("Team - the plan for you\n-Team")).toEqual(["Team - the plan for you", "-Team"]);
  });

  it("drops code marks and underscores used as bold", () => {
    expect(bodySentences("Use `TEAM20` for __20% off__")).toEqual(["Use TEAM20 for 20% off"]);
  });

  it("leaves out lines that hold only spaces", () => {
    expect(bodySentences("Hello.\n   \nBye.")).toEqual(["Hello.", "Bye."]);
  });
});

describe("approvedTexts: what a sentence may restate", () => {
  const notClaims = (c: CheckContext) => approvedTexts(c).filter((t) => !t.source.startsWith("approved claim"));
  const footer: ApprovedText[] = [
    approved("the legal footer", "You can unsubscribe at any time"),
    approved("the legal footer", "Manage email preferences"),
    approved("the legal footer", "unsubscribe"),
    approved("the legal footer", "Lumora Inc., 500 Harbor Street, Suite 12, Portland, OR 97204"),
  ];

  it("lists the offer, the brief's facts and deadline, the call to action and the footer", () => {
    expect(notClaims(ctx)).toEqual([
      approved("the offer", "20% off the first 3 months of the Team plan with code TEAM20, valid until 2026-12-31."),
      approved("the brief", "Convert trial users whose 14-day Team trial ends in 3 days to a paid Team plan."),
      approved("the brief", "Keep everything you built during the trial by upgrading before it ends."),
      approved("the brief's deadline", "Your trial ends in 3 days."),
      approved("the brief's call to action", "Upgrade to Team"),
      ...footer,
    ]);
  });

  it("marks a registry claim the brief did not select as not supporting", () => {
    expect(approvedTexts(ctx).find((t) => t.source === "approved claim integrations (not selected for this brief)")).toEqual({
      source: "approved claim integrations (not selected for this brief)",
      text: "Lumora connects to Postgres, Snowflake and BigQuery.",
      supports: false,
    });
  });

  it("dates the offer by the brief's first allowed date, else by the offer's own expiry day", () => {
    const offerText = (c: CheckContext) => approvedTexts(c).find((t) => t.source === "the offer")?.text;
    expect(offerText({ ...ctx, brief: { ...ctx.brief, allowed_dates: ["December 31, 2026"] } })).toBe(
      "20% off the first 3 months of the Team plan with code TEAM20, valid until December 31, 2026.",
    );
    expect(offerText({ ...ctx, brief: { ...ctx.brief, allowed_dates: [] } })).toBe(
      "20% off the first 3 months of the Team plan with code TEAM20, valid until 2026-12-31.",
    );
  });

  it("adds the audience's facts, and nothing for a brief without facts or windows", () => {
    const bare = { ...ctx, brief: { ...ctx.brief, facts: undefined, allowed_windows: undefined }, audienceFacts: ["Your workspace has 12 dashboards."] };
    expect(notClaims(bare)).toEqual([
      approved("the offer", "20% off the first 3 months of the Team plan with code TEAM20, valid until 2026-12-31."),
      approved("the audience data", "Your workspace has 12 dashboards."),
      approved("the brief's call to action", "Upgrade to Team"),
      ...footer,
    ]);
  });

  it("adds no audience data for a context without any", () => {
    expect(approvedTexts({ ...ctx, audienceFacts: undefined }).filter((t) => t.source === "the audience data")).toEqual([]);
  });
});

describe("stem", () => {
  it("drops a possessive 's only at the end", () => {
    expect(stem("Team's")).toBe("team");
    expect(stem("o'sullivan")).toBe("o'sullivan");
  });

  it("drops one ending, only at the end and only after three letters", () => {
    expect(["sharing", "classes", "released", "bed", "uses"].map(stem)).toEqual(["shar", "class", "releas", "bed", "use"]);
  });

  it("drops a final e, only at the end and only after three letters", () => {
    expect(["share", "sheet", "ice"].map(stem)).toEqual(["shar", "sheet", "ice"]);
  });
});

describe("contentWords", () => {
  it("has none for punctuation alone", () => {
    expect([...contentWords("— !")]).toEqual([]);
  });

  it("keeps a word with an apostrophe whole and a possessive with its word", () => {
    expect([...contentWords("O'Sullivan team's")]).toEqual(["o'sullivan", "team"]);
  });

  it("leaves out bare numbers but keeps words with digits", () => {
    expect([...contentWords("20 team20 3rd")]).toEqual(["team20", "3rd"]);
  });
});

describe("rankApproved", () => {
  const texts = [approved("first", "dashboards alerts"), approved("second", "dashboards reports"), approved("third", "viewers")];

  it("ranks by shared words, keeping ties in order, with the share of the sentence covered", () => {
    expect(rankApproved("Keep dashboards and viewers", texts).map((n) => [n.text.source, n.overlap, n.coverage])).toEqual([
      ["first", 1, 1 / 3],
      ["second", 1, 1 / 3],
      ["third", 1, 1 / 3],
    ]);
    expect(rankApproved("Dashboards, alerts", texts).map((n) => [n.text.source, n.overlap, n.coverage])).toEqual([
      ["first", 2, 1],
      ["second", 1, 0.5],
      ["third", 0, 0],
    ]);
  });

  it("counts a sentence without content words as fully covered", () => {
    expect(rankApproved("Hi there!", texts).map((n) => n.coverage)).toEqual([1, 1, 1]);
  });
});

describe("likelyIntent", () => {
  const texts = [
    approved("the offer", "Team dashboards alerts reports"),
    approved("approved claim alerts", "Alerts by email"),
    approved("the legal footer", "You can unsubscribe at any time"),
    approved("the brief's call to action", "Upgrade to Team"),
  ];

  it("prefers a claim the sentence shares words with over a closer offer", () => {
    expect(likelyIntent("Team dashboards send alerts", texts)?.source).toBe("approved claim alerts");
  });

  it("takes the nearest other text when no claim is near", () => {
    expect(likelyIntent("Team dashboards", texts)?.source).toBe("the offer");
  });

  it("never reads the footer or the call to action as intent", () => {
    expect(likelyIntent("Unsubscribe at any time", texts)).toBeUndefined();
    expect(likelyIntent("Upgrade now", texts)).toBeUndefined();
  });
});

describe("clauseAround", () => {
  const s = "alpha; beta, and gamma";

  it("returns the clause a position sits in", () => {
    expect(clauseAround(s, 0)).toBe("alpha");
    expect(clauseAround(s, 8)).toBe("beta");
    expect(clauseAround(s, 19)).toBe("gamma");
  });

  it("starts a clause right after a separator", () => {
    expect(clauseAround(s, 6)).toBe("beta");
  });

  it("splits at a comma and a joining word with or without a space", () => {
    expect(clauseAround("alpha,and beta", 0)).toBe("alpha");
    expect(clauseAround("alpha,   but beta", 14)).toBe("beta");
  });

  it("keeps both sides when the position is on a separator", () => {
    expect(clauseAround("alpha; beta", 5)).toBe("alpha; beta");
    expect(clauseAround("alpha, and beta", 7)).toBe("alpha, and beta");
  });
});

describe("quoteSentence", () => {
  it("quotes a sentence of up to 220 characters whole", () => {
    const text = "a".repeat(220);
    expect(quoteSentence(text)).toBe(`"${text}"`);
  });

  it("cuts a longer one to 219 characters and an ellipsis", () => {
    expect(quoteSentence(`${"a".repeat(219)}bc`)).toBe(`"${"a".repeat(219)}…"`);
  });
});
