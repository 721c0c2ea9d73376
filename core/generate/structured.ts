/**
 * Structured output: ask for the workflow's JSON schema (strict when the schema allows it), and
 * never trust the answer — parse it and validate it with ajv whatever the provider promised.
 */
import { Ajv, type ValidateFunction } from "ajv";
import { canonicalJson } from "../hash.ts";

export type ResponseFormatMode = "json_schema" | "json_object";

export type ResponseFormatParam =
  | { type: "json_schema"; json_schema: { name: string; schema: Record<string, unknown>; strict: boolean } }
  | { type: "json_object" };

export function responseFormat(mode: ResponseFormatMode, name: string, schema: object): ResponseFormatParam {
  if (mode === "json_object") return { type: "json_object" };
  return { type: "json_schema", json_schema: { name: schemaName(name), schema: schema as Record<string, unknown>, strict: isStrictCompatible(schema) } };
}

/** OpenAI allows a-z, A-Z, 0-9, _ and -, at most 64 characters. */
export function schemaName(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 64) || "output";
}

/**
 * Strict mode needs every object closed (additionalProperties: false) and every property required;
 * a schema that is not will be rejected in strict mode, so we ask non-strictly and rely on ajv.
 */
export function isStrictCompatible(schema: unknown): boolean {
  if (!schema || typeof schema !== "object") return true;
  const node = schema as Record<string, unknown>;
  if (node.type === "object" || node.properties) {
    const properties = (node.properties ?? {}) as Record<string, unknown>;
    const required = new Set((node.required as string[] | undefined) ?? []);
    if (node.additionalProperties !== false) return false;
    if (Object.keys(properties).some((key) => !required.has(key))) return false;
    if (!Object.values(properties).every(isStrictCompatible)) return false;
  }
  if (node.items && !isStrictCompatible(node.items)) return false;
  return true;
}

export type ContentCheck = { ok: true; content: Record<string, unknown> } | { ok: false; error_class: "malformed_json" | "schema_invalid" | "empty_content"; reason: string };

const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const compiled = new Map<string, ValidateFunction>();

function validatorFor(schema: object): ValidateFunction {
  const key = canonicalJson(schema);
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(key, validate);
  }
  return validate;
}

/** A parsed value against the schema, without a round trip through text (a cached answer). */
export function matchesSchema(value: unknown, schema: object): boolean {
  return Boolean(value) && typeof value === "object" && !Array.isArray(value) && validatorFor(schema)(value) === true;
}

/** Parse the model's text (tolerating one ```json fence, as models often add) and validate it. */
export function checkContent(text: string | null | undefined, schema: object): ContentCheck {
  if (!text || text.trim() === "") return { ok: false, error_class: "empty_content", reason: "the model answered with no content" };
  const unfenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n\s*```\s*$/.exec(text)?.[1] ?? text;
  let value: unknown;
  try {
    value = JSON.parse(unfenced);
  } catch (error) {
    // The parser's message quotes the text it choked on: keep only its shape, not the model's words.
    const detail = (error as Error).message.replace(/"[^"]*"(\.\.\.)?/g, "…");
    return { ok: false, error_class: "malformed_json", reason: `the answer is not valid JSON (${detail})` };
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return { ok: false, error_class: "schema_invalid", reason: "the answer is JSON but not an object" };
  }
  const validate = validatorFor(schema);
  if (!validate(value)) {
    const first = (validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`);
    return { ok: false, error_class: "schema_invalid", reason: `the answer does not match the output schema: ${first.join("; ")}` };
  }
  return { ok: true, content: value as Record<string, unknown> };
}
