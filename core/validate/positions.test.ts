import { describe, expect, it } from "vitest";
import { parseLocatedJson } from "./json-file.ts";
import { parseLocated } from "./positions.ts";

describe("locating keys in a file", () => {
  const yaml = "# comment\nchannel:\n  kind: email\nclaims: [a, b, c]\nhistory:\n  - { version: 4 }\n  - version: 5\n    note: x\n";

  it("finds nested keys, flow items and block items at their own line and column", () => {
    const doc = parseLocated(yaml);
    expect(doc.locate(["channel", "kind"])).toEqual({ line: 3, col: 3 });
    expect(doc.locate(["claims", 2])).toEqual({ line: 4, col: 16 });
    expect(doc.locate(["history", 0, "version"])).toEqual({ line: 6, col: 7 });
    expect(doc.locate(["history", 1, "note"])).toEqual({ line: 8, col: 5 });
  });

  it("falls back to the deepest key that exists, and to the first key for the whole file", () => {
    const doc = parseLocated(yaml);
    expect(doc.locate(["channel", "subject_max_chars"])).toEqual({ line: 2, col: 1 });
    expect(doc.locate([])).toEqual({ line: 2, col: 1 });
  });

  it("shifts lines by an offset, as for a .prompt frontmatter", () => {
    expect(parseLocated("a:\n  b: 1\n", 1).locate(["a", "b"])).toEqual({ line: 3, col: 3 });
  });

  it("reports a duplicate key as a syntax error at its position", () => {
    expect(parseLocated("a: 1\nb: 2\na: 3\n").syntaxError).toMatchObject({ line: 3, col: 1 });
  });

  it("reads JSON strictly: YAML-only syntax is invalid JSON", () => {
    expect(parseLocatedJson("{'a': 1}")).toHaveProperty("jsonError");
    const json = parseLocatedJson('{\n  "a": {\n    "b": [1, 2]\n  }\n}', 4);
    expect("jsonError" in json ? null : json.locate(["a", "b", 1])).toEqual({ line: 7, col: 14 });
  });
});

describe("a {{placeholder}} written as a YAML key", () => {
  it("is an error at its line with the fix, and no warning reaches the process", () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on("warning", onWarning);
    try {
      const located = parseLocated("voice: clear\n{{brand_voice}}: x\n");
      expect(located.syntaxError).toEqual({
        message: 'a key must be plain text, but this one is a {…} or […] collection (a {{placeholder}} key is read as one): quote it, e.g. "{{brand_voice}}": …',
        line: 2,
        col: 1,
      });
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings).toEqual([]);
  });
});
