import { closedObject, SCHEMA_DIALECT, schemaId, text } from "./common.ts";

const common = {
  name: { type: "string", pattern: "^[a-z0-9_]+$" },
  description: text,
  loaded_at_field: text,
  key: text,
  contains_personal_data: { type: "boolean" },
  // Declared column types: only these reach a prompt, a count by its label, an enum by its values.
  columns: {
    type: "object",
    propertyNames: { pattern: "^[A-Za-z_][A-Za-z0-9_]{0,63}$" },
    additionalProperties: closedObject(
      {
        type: { enum: ["count", "enum", "text"] },
        label: { type: "string", minLength: 1, maxLength: 60 },
        label_one: { type: "string", minLength: 1, maxLength: 60 },
        max: { type: "integer", minimum: 0 },
        values: { type: "array", minItems: 1, maxItems: 100, items: { type: "string", minLength: 1, maxLength: 60 } },
        max_chars: { type: "integer", minimum: 1, maximum: 2000 },
      },
      ["type"],
    ),
  },
};
const envName = { type: "string", pattern: "^[A-Z][A-Z0-9_]*$" };
const hosts = { type: "array", minItems: 1, items: { type: "string", pattern: "^[A-Za-z0-9.:\\[\\]-]+$" } };

const fileSource = closedObject(
  { ...common, kind: { const: "file" }, path: text, format: { enum: ["json", "jsonl", "csv"] } },
  ["name", "kind", "path", "format", "loaded_at_field"],
);
const postgresSource = closedObject({ ...common, kind: { const: "postgres" }, connection_env: envName, hosts, query: text }, ["name", "kind", "connection_env", "query", "loaded_at_field"]);
const httpSource = closedObject(
  { ...common, kind: { const: "http" }, url: { type: "string", format: "uri" }, token_env: envName, hosts, rows_path: text },
  ["name", "kind", "url", "loaded_at_field"],
);

export const sourceSchema = {
  $schema: SCHEMA_DIALECT,
  $id: schemaId("source"),
  title: "copygate source definition (sources/<name>.yaml)",
  type: "object",
  required: ["kind"],
  properties: { kind: { enum: ["file", "postgres", "http"] } },
  // Chained if/then per kind, so a problem is reported against the one kind the file declares.
  if: { properties: { kind: { const: "postgres" } } },
  then: postgresSource,
  else: { if: { properties: { kind: { const: "http" } } }, then: httpSource, else: fileSource },
};
