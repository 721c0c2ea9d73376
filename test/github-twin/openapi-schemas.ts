/**
 * Compiles the description's JSON schemas with Ajv, lazily: a component is transformed and added only
 * when an operation that needs it is first validated, and each compiled validator is cached.
 * OpenAPI 3.0 differs from JSON Schema in `nullable` and `#/components/…` references: both are rewritten.
 */
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { githubDescription, type JsonSchema } from "./openapi-description.ts";

const COMPONENT_PREFIX = "#/components/schemas/";
const ID_PREFIX = "https://github-twin.invalid/schemas/";

// ajv-formats ships CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv, formats?: string[]) => Ajv;

let ajv: Ajv | undefined;
const addedComponents = new Set<string>();
const validatorCache = new Map<string, ValidateFunction>();

function compiler(): Ajv {
  if (ajv) return ajv;
  ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv, ["date-time", "date", "uri", "uri-template", "email"]);
  // Formats GitHub uses that carry no checkable syntax beyond their JSON type.
  for (const format of ["int32", "int64", "double", "timestamp", "binary", "repo.nwo"]) ajv.addFormat(format, true);
  return ajv;
}

/** Deep-copies a schema, rewriting refs to absolute ids and `nullable` to JSON Schema; collects refs. */
function toJsonSchema(node: unknown, refs: Set<string>): unknown {
  if (Array.isArray(node)) return node.map((item) => toJsonSchema(item, refs));
  if (!node || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string" && value.startsWith(COMPONENT_PREFIX)) {
      const name = value.slice(COMPONENT_PREFIX.length);
      refs.add(name);
      out.$ref = ID_PREFIX + name;
    } else if (key === "example" || key === "examples" || key === "discriminator") {
      continue;
    } else {
      out[key] = toJsonSchema(value, refs);
    }
  }
  return out.nullable === true ? withNull(out) : out;
}

function withNull(schema: Record<string, unknown>): Record<string, unknown> {
  const { nullable: _nullable, ...rest } = schema;
  if (Array.isArray(rest.enum) && !rest.enum.includes(null)) rest.enum = [...rest.enum, null];
  if (typeof rest.type === "string") return { ...rest, type: [rest.type, "null"] };
  return { anyOf: [rest, { type: "null" }] };
}

function ensureComponent(name: string): void {
  if (addedComponents.has(name)) return;
  addedComponents.add(name);
  const source = githubDescription().description.components.schemas[name];
  if (!source) throw new Error(`github twin: the description has no schema ${name}`);
  const refs = new Set<string>();
  const schema = toJsonSchema(source, refs) as JsonSchema;
  compiler().addSchema({ ...schema, $id: ID_PREFIX + name });
  for (const ref of refs) ensureComponent(ref);
}

/** A cached validator for one schema of the description, keyed by where it sits (e.g. "issues/create-comment 201"). */
export function schemaValidator(cacheKey: string, schema: JsonSchema): ValidateFunction {
  const hit = validatorCache.get(cacheKey);
  if (hit) return hit;
  const refs = new Set<string>();
  const converted = toJsonSchema(schema, refs) as JsonSchema;
  for (const ref of refs) ensureComponent(ref);
  const validate = compiler().compile(converted);
  validatorCache.set(cacheKey, validate);
  return validate;
}

export function compiledValidatorCount(): number {
  return validatorCache.size;
}

/** Ajv errors as one line each, like GitHub's "For 'properties/conclusion', …" messages. */
export function describeErrors(validate: ValidateFunction, where: string): string[] {
  return (validate.errors ?? []).map((e) => {
    const allowed = e.params && "allowedValues" in e.params ? ` ${JSON.stringify(e.params.allowedValues)}` : "";
    return `${where}${e.instancePath || ""} ${e.message ?? "is invalid"}${allowed}`;
  });
}
