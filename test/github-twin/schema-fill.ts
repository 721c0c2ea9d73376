/**
 * Builds schema-valid GitHub objects: the caller gives the fields that matter (ids, shas, urls,
 * users) and every other required field is filled with a plausible value read from the schema,
 * so a response never lacks what the description promises clients.
 */
import { githubDescription, type JsonSchema } from "./openapi-description.ts";

export interface FillContext {
  baseUrl: string;
  now: string;
}

type Json = unknown;

function component(ref: string): JsonSchema {
  const name = ref.replace("#/components/schemas/", "");
  const schema = githubDescription().description.components.schemas[name];
  if (!schema) throw new Error(`github twin: no schema ${name}`);
  return schema;
}

function deref(schema: JsonSchema): JsonSchema {
  return typeof schema.$ref === "string" ? deref(component(schema.$ref)) : schema;
}

function stringFor(name: string, schema: JsonSchema, ctx: FillContext): string {
  if (schema.format === "date-time") return ctx.now;
  if (schema.format === "date") return ctx.now.slice(0, 10);
  if (schema.format === "email") return "noreply@github.com";
  if (schema.format === "uri" || schema.format === "uri-template" || name === "url" || name.endsWith("_url")) {
    return `${ctx.baseUrl}/twin/${name}`;
  }
  if (name === "node_id") return Buffer.from(`twin:${name}`).toString("base64");
  if (name === "sha" || name.endsWith("_sha")) return "0".repeat(40);
  return "";
}

function fillObject(schema: JsonSchema, ctx: FillContext, overrides: Record<string, Json>): Record<string, Json> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const out: Record<string, Json> = {};
  for (const name of (schema.required ?? []) as string[]) {
    if (name in overrides) continue;
    out[name] = fillValue(properties[name] ?? {}, ctx, name);
  }
  for (const [name, value] of Object.entries(overrides)) {
    const sub = properties[name];
    const isPlainObject = value && typeof value === "object" && !Array.isArray(value);
    out[name] = sub && isPlainObject ? fillSchema(sub, ctx, value as Record<string, Json>) : value;
  }
  return out;
}

function fillValue(raw: JsonSchema, ctx: FillContext, name: string): Json {
  const schema = deref(raw);
  if (schema.nullable === true) return null;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const variants = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (variants?.[0]) return fillValue(variants[0], ctx, name);
  if (Array.isArray(schema.allOf)) return fillSchema(schema, ctx, {});
  switch (schema.type) {
    case "string": return stringFor(name, schema, ctx);
    case "integer": case "number": return typeof schema.minimum === "number" ? schema.minimum : 0;
    case "boolean": return false;
    case "array": return [];
    case "object": return fillObject(schema, ctx, {});
    default: return null;
  }
}

/** A value of `schema` (a schema or a `#/components/schemas/x` ref) with `overrides` merged in. */
export function fillSchema(raw: JsonSchema, ctx: FillContext, overrides: Record<string, Json>): Record<string, Json> {
  const schema = deref(raw);
  if (Array.isArray(schema.allOf)) {
    return (schema.allOf as JsonSchema[]).reduce<Record<string, Json>>(
      (merged, part) => ({ ...fillSchema(part, ctx, overrides), ...merged }),
      {},
    );
  }
  const variants = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (variants?.[0] && !schema.properties) return fillSchema(variants[0], ctx, overrides);
  return fillObject(schema, ctx, overrides);
}

/** Shorthand for a named component: fill("issue-comment", ctx, {...}). */
export function fill(name: string, ctx: FillContext, overrides: Record<string, Json>): Record<string, Json> {
  return fillSchema({ $ref: `#/components/schemas/${name}` }, ctx, overrides);
}
