import { describe, expect, it } from "vitest";
import { quotedSentence } from "./sentences.ts";

describe("the sentence a check complains about", () => {
  const content = {
    subject_lines: ["3 days left on Team"],
    email_body: "Hi there,\n\nScheduled reports can be delivered by email or Slack. On the Team plan, dashboards can be shared with unlimited viewers.\n\nThanks",
  };
  it("is the first sentence of any text field that holds a phrase the message quotes", () => {
    expect(quotedSentence('The copy states "unlimited viewers", which no approved claim supports.', content)).toBe('email_body: "On the Team plan, dashboards can be shared with unlimited viewers."');
    expect(quotedSentence('uses "3 DAYS LEFT"', content)).toBe('subject_lines: "3 days left on Team"');
  });
  it("is null when the message quotes nothing the copy holds", () => {
    expect(quotedSentence("The subject line is too long.", content)).toBeNull();
    expect(quotedSentence('mentions "SOC 2"', content)).toBeNull();
  });
});
