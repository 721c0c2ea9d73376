import { describe, expect, it } from "vitest";
import { handledEvents, HANDLED_EVENTS } from "./app.ts";

describe("handledEvents", () => {
  it("adds the events extra handlers declare, keeping what the app handles", () => {
    expect(handledEvents({})).toEqual(HANDLED_EVENTS);
    expect(handledEvents({ extraEvents: { pull_request: ["opened", "synchronize"], issue_comment: ["created"], push: ["x"] } })).toEqual({
      push: "any", pull_request: ["closed", "opened", "synchronize"], issue_comment: ["created"],
    });
  });
});
