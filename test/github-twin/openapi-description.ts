/**
 * GitHub's official REST description (@octokit/openapi), loaded once per process and only when the
 * first request arrives: parsing the ~13 MB file costs ~130 ms, compiling every schema would cost far more.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

export type JsonSchema = Record<string, unknown>;

export interface ParameterObject {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: JsonSchema;
}

export interface MediaObject {
  schema?: JsonSchema;
}

export interface ResponseObject {
  description?: string;
  content?: Record<string, MediaObject>;
}

export interface OperationObject {
  operationId: string;
  parameters?: Array<ParameterObject | { $ref: string }>;
  requestBody?: { required?: boolean; content: Record<string, MediaObject> };
  responses: Record<string, ResponseObject | { $ref: string }>;
}

export interface GitHubDescription {
  paths: Record<string, Record<string, OperationObject>>;
  components: {
    schemas: Record<string, JsonSchema>;
    parameters: Record<string, ParameterObject>;
    responses: Record<string, ResponseObject>;
  };
}

let cached: { description: GitHubDescription; loadMs: number } | undefined;

/** The description and how long the one load took (reported by the tests). */
export function githubDescription(): { description: GitHubDescription; loadMs: number } {
  if (cached) return cached;
  const started = performance.now();
  const require = createRequire(import.meta.url);
  const file = require.resolve("@octokit/openapi/generated/api.github.com.json");
  const description = JSON.parse(readFileSync(file, "utf8")) as GitHubDescription;
  cached = { description, loadMs: performance.now() - started };
  return cached;
}

/** Follows one local `#/components/<kind>/<name>` reference (parameters and responses are not schemas). */
export function resolveLocal<T>(value: T | { $ref: string }): T {
  if (!value || typeof value !== "object" || !("$ref" in value)) return value as T;
  const parts = value.$ref.replace(/^#\//, "").split("/");
  let node: unknown = githubDescription().description;
  for (const part of parts) node = (node as Record<string, unknown>)[part];
  if (node === undefined) throw new Error(`github twin: unresolvable reference ${value.$ref}`);
  return node as T;
}
