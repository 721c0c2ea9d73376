import { beforeAll, describe, expect, it } from "vitest";
import type { CheckContext } from "../types.ts";
import { runCheck } from "../run.ts";
import { cleanEmailDraft, emailBody, exampleCampaignContext } from "../testing.ts";

// invisible_characters: what it counts, names and shows a reviewer, field by field.

let ctx: CheckContext;
beforeAll(async () => {
  ({ ctx } = await exampleCampaignContext());
});

const check = (overrides: Record<string, unknown>) => runCheck("invisible_characters", cleanEmailDraft(overrides), ctx);
const RETYPE = "; an email has no use for them and they hide words from reviewers, so retype the text.";

describe("invisible_characters", () => {
  it("passes copy with emoji sequences and accents, and says what it looked for", () => {
    expect(check({ email_body: emailBody("Your Team trial ends in 3 days \u2764\uFE0F. Your caf\u00E9 dashboards stay.") })).toMatchObject({
      status: "pass",
      message: "The copy has no invisible characters and no look-alike letters from another alphabet.",
    });
  });

  it("counts every hidden character, names each kind once (a code alone when it has no name) and each field once", () => {
    const result = check({
      subject_lines: ["Your trial\u200b ends\u200b soon", "Keep everything you built", "Upgrade and keep your dashboards"],
      email_body: emailBody("Your Team trial ends in 3 days\u2061."),
    });
    expect(result).toMatchObject({
      status: "fail",
      message: `The copy contains 3 invisible or direction-changing characters (U+200B zero-width space, U+2061) in subject_lines[0], email_body${RETYPE}`,
    });
  });

  it("shows 20 characters either side of the first hidden character of a field, marking what is cut", () => {
    expect(check({ preview_text: "Upgrade before your trial ends\u200b and keep each query" }).evidence).toEqual([
      "preview_text: …fore your trial ends⟨U+200B⟩ and keep each query",
    ]);
    expect(check({ preview_text: "Upgrade before your trial ends\u200b and keep each query now." }).evidence).toEqual([
      "preview_text: …fore your trial ends⟨U+200B⟩ and keep each query…",
    ]);
  });

  it("names each disguised word once, Greek and Cyrillic letters alike, with the fields they are in", () => {
    const result = check({
      preview_text: "Move from L\u03BFoker before your trial ends in 3 days.",
      email_body: emailBody("Faster than T\u0430bleau, and T\u0430bleau again, and L\u03BFoker."),
    });
    expect(result).toMatchObject({
      status: "fail",
      message: `The copy contains words mixing Latin with look-alike letters ("L\u03BFoker" and "T\u0430bleau": U+03BF, U+0430) in preview_text, email_body${RETYPE}`,
      evidence: ["preview_text: L\u03BFoker (L⟨U+03BF⟩oker)", "email_body: T\u0430bleau (T⟨U+0430⟩bleau)", "email_body: L\u03BFoker (L⟨U+03BF⟩oker)"],
    });
  });

  it("names a look-alike letter once when several words use it", () => {
    expect(check({ email_body: emailBody("Faster than T\u0430bleau or Met\u0430base.") }).message).toBe(
      `The copy contains words mixing Latin with look-alike letters ("T\u0430bleau" and "Met\u0430base": U+0430) in email_body${RETYPE}`,
    );
  });

  it("reports hidden characters and disguised words together", () => {
    expect(check({ email_body: emailBody("Faster than T\u0430bleau\u200b.") }).message).toBe(
      `The copy contains 1 invisible or direction-changing character (U+200B zero-width space) in email_body, and a word mixing Latin with look-alike letters ("T\u0430bleau": U+0430) in email_body${RETYPE}`,
    );
  });
});
