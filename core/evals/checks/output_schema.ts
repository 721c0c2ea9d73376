import { Ajv, type ValidateFunction } from "ajv";
import addFormatsPlugin from "ajv-formats";
import type { Check } from "../types.ts";

const ajv = new Ajv({ allErrors: true, strict: false });
// ajv-formats ships CommonJS; its default export is the plugin function under NodeNext.
(addFormatsPlugin as unknown as (a: Ajv) => void)(ajv);

/** Output schemas are compiled once per schema object: campaigns check many drafts against one. */
const compiled = new WeakMap<object, ValidateFunction>();

function validatorFor(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/**
 * Whatever the prompt's schema says, no copy field is longer than this: an email body is a few
 * thousand characters, and a runaway one must fail here rather than fill drafts files and diffs.
 */
export const COPY_FIELD_MAX_CHARS = 20_000;

function oversizedFields(draft: Record<string, unknown>): string[] {
  const found: string[] = [];
  const walk = (value: unknown, field: string): void => {
    if (typeof value === "string" && value.length > COPY_FIELD_MAX_CHARS) found.push(`${field} is ${value.length} characters (at most ${COPY_FIELD_MAX_CHARS})`);
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${field}[${i}]`));
    else if (value && typeof value === "object") for (const [key, inner] of Object.entries(value)) walk(inner, field ? `${field}.${key}` : key);
  };
  walk(draft, "");
  return found;
}

export const outputSchema: Check = {
  label: "JSON schema",
  owner: "schema",
  channels: "all",
  run(draft, ctx) {
    const oversized = oversizedFields(draft);
    if (oversized.length > 0) {
      return { status: "fail", message: `The draft has a field far beyond any channel: ${oversized[0]}. Regenerate it.`, evidence: oversized };
    }
    const validate = validatorFor(ctx.outputSchema);
    if (validate(draft)) return { status: "pass", message: "The draft matches the workflow's output schema." };
    const problems = (validate.errors ?? []).map((e) => {
      const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, ".") : "the draft";
      const extra = e.keyword === "additionalProperties" ? ` (${String(e.params.additionalProperty)})` : "";
      return `${where} ${e.message ?? "is invalid"}${extra}`;
    });
    return {
      status: "fail",
      message: `The draft does not match the workflow's output schema: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ""}. Regenerate it or fix the field.`,
      evidence: problems,
    };
  },
};
