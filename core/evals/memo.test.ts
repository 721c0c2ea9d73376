import { describe, expect, it } from "vitest";
import { memoByText } from "./memo.ts";

describe("memoByText", () => {
  it("computes each text once, keeps at most `limit` texts (oldest out first) and freezes what it returns", () => {
    const computed: string[] = [];
    const words = memoByText((text) => {
      computed.push(text);
      return text.split(" ");
    }, 2);
    expect(words("a b")).toEqual(["a", "b"]);
    expect(words("a b")).toBe(words("a b"));
    words("c");
    words("d"); // "a b" is the oldest: it goes
    words("c");
    words("a b");
    expect(computed).toEqual(["a b", "c", "d", "a b"]);
    expect(Object.isFrozen(words("c"))).toBe(true);
    expect(() => (words("c") as string[]).push("x")).toThrow(TypeError);
  });
});
