import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv.ts";

describe("parseCsv (RFC 4180)", () => {
  it("reads a header and plain records into string fields", () => {
    expect(parseCsv("user_id,queries_run\nusr_1,41\nusr_2,7\n", "u.csv")).toEqual([
      { user_id: "usr_1", queries_run: "41" },
      { user_id: "usr_2", queries_run: "7" },
    ]);
  });

  it("keeps commas, doubled quotes and line breaks inside quoted fields", () => {
    const text = 'id,note\r\n1,"Smith, Jane"\r\n2,"said ""hi"""\r\n3,"two\nlines"\r\n4,""\r\n';
    expect(parseCsv(text, "n.csv")).toEqual([
      { id: "1", note: "Smith, Jane" },
      { id: "2", note: 'said "hi"' },
      { id: "3", note: "two\nlines" },
      { id: "4", note: "" },
    ]);
  });

  it("accepts a missing final line break, a byte order mark and blank lines", () => {
    expect(parseCsv("\uFEFFa,b\n\n1,2", "x.csv")).toEqual([{ a: "1", b: "2" }]);
  });

  it("keeps empty trailing fields", () => {
    expect(parseCsv("a,b,c\n1,,\n", "x.csv")).toEqual([{ a: "1", b: "", c: "" }]);
  });

  it("names the line of a record whose field count differs from the header", () => {
    expect(() => parseCsv('a,b\n1,2\n"x\ny",2,3\n', "usage.csv")).toThrow(
      expect.objectContaining({ file: "usage.csv", line: 3, message: "CSV record has 3 fields, the header has 2" }),
    );
  });

  it("names the line where a quoted field opens and never closes", () => {
    expect(() => parseCsv('a,b\n1,2\n3,"open\n', "usage.csv")).toThrow(expect.objectContaining({ line: 3, message: "CSV quoted field is never closed" }));
  });

  it("refuses a header that names a column twice", () => {
    expect(() => parseCsv("a,a\n1,2\n", "x.csv")).toThrow('CSV header names column "a" twice');
  });

  it("reads nothing from an empty file", () => {
    expect(parseCsv("", "x.csv")).toEqual([]);
  });
});
