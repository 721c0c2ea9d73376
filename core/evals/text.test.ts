import { describe, expect, it } from "vitest";
import { excerpt, findAll, rawSegments, rawStringField, rawStringList, sentences, squash, termPattern } from "./text.ts";

describe("rawSegments", () => {
  it("walks nested objects, naming each field by its path", () => {
    expect(rawSegments({ page: { hero: { headline: "Reports in minutes" } }, ad: [{ path: "free-trial" }] })).toEqual([
      { field: "page.hero.headline", text: "Reports in minutes" },
      { field: "ad[0].path", text: "free-trial" },
    ]);
  });

  it("skips null, numbers and booleans without crashing", () => {
    expect(rawSegments({ subject: "Hi", preview: null, count: 3, flag: true, nested: { a: null } })).toEqual([{ field: "subject", text: "Hi" }]);
  });

  it("leaves out fields that start with an underscore, but not ones that end with one", () => {
    expect(rawSegments({ _note: "internal", body_: "Hello", rationale: "why" })).toEqual([{ field: "body_", text: "Hello" }]);
  });
});

describe("rawStringField and rawStringList", () => {
  it("reads a missing or non-string field as empty text", () => {
    expect(rawStringField({}, "subject")).toBe("");
    expect(rawStringField({ subject: 3 }, "subject")).toBe("");
  });

  it("keeps only the strings of a list, and reads a missing or non-list field as no strings", () => {
    expect(rawStringList({ subject_lines: ["A", 2, null, "B"] }, "subject_lines")).toEqual(["A", "B"]);
    expect(rawStringList({}, "subject_lines")).toEqual([]);
    expect(rawStringList({ subject_lines: "A" }, "subject_lines")).toEqual([]);
  });
});

describe("termPattern", () => {
  const texts = (term: string, text: string, options?: Parameters<typeof termPattern>[1]) => findAll(termPattern(term, options), text).map((m) => m.text);

  it("trims the term, so spaces around it never become part of a match", () => {
    expect(findAll(termPattern(" free "), "Try it free - today")).toEqual([{ text: "free", index: 7 }]);
  });

  it("inflects a verb ending in e by dropping the e before -ing, and keeps a double e", () => {
    expect(texts("secure", "We secure, secured and are securing it.", { inflect: true })).toEqual(["secure", "secured", "securing"]);
    expect(texts("guarantee", "guaranteeing", { inflect: true })).toEqual(["guaranteeing"]);
    expect(texts("freeze", "Prices are freezing.", { inflect: true })).toEqual(["freezing"]);
  });

  it("inflects a word not ending in e with the usual endings", () => {
    expect(texts("best", "besting bested", { inflect: true })).toEqual(["besting", "bested"]);
  });

  it("does not inflect a term whose last word has a digit in it", () => {
    expect(texts("b2b", "b2bs b2b", { inflect: true })).toEqual(["b2b"]);
  });

  it("returns a global pattern, case-sensitive on request", () => {
    expect(termPattern("Mode", { caseSensitive: true }).flags).toBe("g");
    expect(texts("Mode", "mode Mode", { caseSensitive: true })).toEqual(["Mode"]);
  });
});

describe("findAll", () => {
  it("finds every match of a non-global pattern", () => {
    expect(findAll(/ab/, "ab-ab")).toEqual([
      { text: "ab", index: 0 },
      { text: "ab", index: 3 },
    ]);
  });
});

describe("sentences", () => {
  it("splits at sentence ends and line breaks, trimmed, with no empty sentences", () => {
    expect(sentences("  Hello there.  How are you?\n\n  Fine   \n")).toEqual(["Hello there.", "How are you?", "Fine"]);
  });
});

describe("squash", () => {
  it("keeps letters and digits, lower-cased", () => {
    expect(squash("Main St. 5,\nBerlin")).toBe("mainst5berlin");
  });
});

describe("excerpt", () => {
  it("cuts a long line at word boundaries on both sides", () => {
    const text = "one two three four five six seven eight nine ten guarantee eleven twelve thirteen fourteen fifteen sixteen";
    const index = text.indexOf("guarantee");
    expect(excerpt(text, index, 9, 20)).toBe("…eight nine ten guarantee eleven twelve…");
  });

  it("never ends before the match, even when no space follows it within the radius", () => {
    const text = "aaa bbbccccccc ddd";
    expect(excerpt(text, 4, 3, 2)).toBe("…bbb…");
  });

  it("collapses runs of white space and trims the excerpt", () => {
    expect(excerpt("  We   guarantee it", 7, 9)).toBe("We guarantee it");
  });
});
