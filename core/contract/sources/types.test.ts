import { describe, expect, it } from "vitest";
import { SourceReadError, redactEmails } from "./types.ts";

describe("source error messages", () => {
  it("mask anything shaped like an email address a server quoted back", () => {
    expect(redactEmails('invalid input syntax for type integer: "ada.10001@example.com"')).toBe('invalid input syntax for type integer: "<email>"');
    expect(String(new SourceReadError("crm", "row (bram+x@mail.example.org) rejected"))).toBe('SourceReadError: source "crm": row (<email>) rejected');
  });

  it("leave relation names, hosts and codes alone", () => {
    expect(redactEmails('relation "analytics.usage" does not exist (42P01) at 127.0.0.1:5432')).toBe('relation "analytics.usage" does not exist (42P01) at 127.0.0.1:5432');
  });
});
