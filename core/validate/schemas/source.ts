import { closedObject, SCHEMA_DIALECT, schemaId, text } from "./common.ts";

const common = {
  name: { type: "string", pattern: "^[a-z0-9_]+$" },
  description: text,
  loaded_at_field: text,
  key: text,
  contains_personal_data: { type: "boolean" },
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
