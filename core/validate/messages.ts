import type { ErrorObject } from "./ajv.ts";

/** One schema problem: where in the data (path segments) and what a person should fix. */
export interface SchemaIssue {
  path: (string | number)[];
  message: string;
}

const FORMATS: Record<string, string> = {
  date: "a date like 2026-10-02",
  "date-time": "a date and time like 2026-12-31T23:59:00Z",
  uri: "a full URL like https://example.com/page",
};

export function pointerSegments(pointer: string): string[] {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** `brief.claims[2]` for people; "the file" for the document itself. */
export function fieldName(path: (string | number)[]): string {
  if (path.length === 0) return "the file";
  return path.map((s, i) => (/^\d+$/.test(String(s)) ? `[${s}]` : i === 0 ? String(s) : `.${s}`)).join("");
}

/**
 * Turns ajv's errors into one issue per real problem: drops the `if` wrappers and the branches of
 * an anyOf that failed as a whole, and words each message for the person who edits the file.
 */
export function schemaIssues(errors: ErrorObject[] | null | undefined): SchemaIssue[] {
  const all = errors ?? [];
  const anyOfPaths = all.filter((e) => e.keyword === "anyOf").map((e) => e.schemaPath.replace(/\/anyOf$/, "/anyOf/"));
  return all
    .filter((e) => e.keyword !== "if" && !anyOfPaths.some((p) => e.schemaPath.startsWith(p)))
    .map(issueOf);
}

function issueOf(error: ErrorObject): SchemaIssue {
  const path = pointerSegments(error.instancePath);
  const field = fieldName(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return { path, message: `missing required field "${String(params.missingProperty)}"${path.length ? ` in ${field}` : ""}` };
    case "additionalProperties":
      return { path: [...path, String(params.additionalProperty)], message: unknownField(String(params.additionalProperty), error.parentSchema, path) };
    case "propertyNames":
      return { path: [...path, String(params.propertyName)], message: `unknown field "${String(params.propertyName)}"` };
    case "type":
      return { path, message: `${field} must be ${article(String(params.type))}, not ${describe(error.data)}` };
    case "enum":
      return { path, message: `${field} must be one of: ${(params.allowedValues as unknown[]).map(show).join(", ")} (found ${show(error.data)})` };
    case "const":
      return { path, message: `${field} must be ${show(params.allowedValue)} (found ${show(error.data)})` };
    case "format":
      return { path, message: `${field} must be ${FORMATS[String(params.format)] ?? `in ${String(params.format)} format`} (found ${show(error.data)})` };
    case "pattern":
      return { path, message: `${field} has the wrong form: ${show(error.data)} does not match ${String(params.pattern)}` };
    case "maxLength":
      return { path, message: `${field} is ${[...String(error.data)].length} characters, over the limit of ${String(params.limit)}: shorten it` };
    case "maxItems":
      return { path, message: `${field} has ${Array.isArray(error.data) ? error.data.length : "too many"} items, over the limit of ${String(params.limit)}` };
    case "minItems": {
      const limit = Number(params.limit);
      return { path, message: `${field} needs at least ${limit} ${limit === 1 ? "item" : "items"} (found ${Array.isArray(error.data) ? error.data.length : 0})` };
    }
    case "anyOf":
      return { path, message: `${field} has the wrong form (found ${describe(error.data)})` };
    default:
      return { path, message: `${field} ${error.message ?? "is invalid"}` };
  }
}

function unknownField(name: string, parentSchema: unknown, path: (string | number)[]): string {
  const known = Object.keys((parentSchema as { properties?: object } | undefined)?.properties ?? {});
  const guess = known.map((k) => [k, distance(k, name)] as const).sort((a, b) => a[1] - b[1])[0];
  const where = path.length ? ` in ${fieldName(path)}` : "";
  const hint = guess && guess[1] <= Math.max(1, Math.floor(name.length / 3)) ? ` — did you mean "${guess[0]}"?` : known.length ? ` (allowed: ${known.join(", ")})` : "";
  return `unknown field "${name}"${where}${hint}`;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

function article(type: string): string {
  const names: Record<string, string> = { object: "a mapping of fields", array: "a list", string: "text", integer: "a whole number", number: "a number", boolean: "true or false", null: "empty (null)" };
  return type.split(",").map((t) => names[t] ?? t).join(" or ");
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value === "string" ? "text" : typeof value} ${show(value)}`;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
