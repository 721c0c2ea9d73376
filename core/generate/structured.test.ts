import { describe, expect, it } from "vitest";
import { checkContent, isStrictCompatible, responseFormat } from "./structured.ts";

const schema = {
  type: "object",
  additionalProperties: false,
  required: ["subject_lines", "cta_text"],
  properties: { subject_lines: { type: "array", items: { type: "string" }, minItems: 3, maxItems: 3 }, cta_text: { type: "string" } },
};

describe("structured output", () => {
  it("asks for strict json_schema only when every object is closed and fully required", () => {
    expect(isStrictCompatible(schema)).toBe(true);
    expect(isStrictCompatible({ ...schema, required: ["cta_text"] })).toBe(false);
    expect(isStrictCompatible({ ...schema, additionalProperties: true })).toBe(false);
    expect(responseFormat("json_schema", "trial expiration/v7", schema)).toEqual({
      type: "json_schema",
      json_schema: { name: "trial_expiration_v7", schema, strict: true },
    });
    expect(responseFormat("json_object", "x", schema)).toEqual({ type: "json_object" });
  });

  it("accepts valid JSON, also inside one ```json fence", () => {
    const valid = { subject_lines: ["a", "b", "c"], cta_text: "Upgrade to Team" };
    expect(checkContent(JSON.stringify(valid), schema)).toEqual({ ok: true, content: valid });
    expect(checkContent("```json\n" + JSON.stringify(valid) + "\n```", schema)).toEqual({ ok: true, content: valid });
  });

  it("names malformed, schema-invalid and empty answers", () => {
    expect(checkContent('{"subject_lines": ["a"', schema)).toMatchObject({ ok: false, error_class: "malformed_json" });
    expect(checkContent('Sure, here it is: {"a": 1}', schema)).toMatchObject({ ok: false, error_class: "malformed_json" });
    expect(checkContent('{"subject_lines": ["a"], "cta_text": "x"}', schema)).toEqual({
      ok: false,
      error_class: "schema_invalid",
      reason: "the answer does not match the output schema: /subject_lines must NOT have fewer than 3 items",
    });
    expect(checkContent("[1, 2]", schema)).toMatchObject({ ok: false, error_class: "schema_invalid" });
    expect(checkContent("", schema)).toMatchObject({ ok: false, error_class: "empty_content" });
  });

  it("keeps the model's words out of a parse failure's reason", () => {
    const result = checkContent("Sure, here is the copy for jane@example.com", schema);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).not.toContain("jane");
  });
});
