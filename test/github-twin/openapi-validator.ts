/**
 * Checks one request and one response against the matched operation: path and query parameters,
 * the JSON request body, and the documented response schema for the status sent.
 */
import { resolveLocal, type JsonSchema, type ParameterObject, type ResponseObject } from "./openapi-description.ts";
import type { MatchedOperation } from "./openapi-routes.ts";
import { describeErrors, schemaValidator } from "./openapi-schemas.ts";

export interface RequestProblems {
  /** 404 when a path parameter is malformed (GitHub finds no such resource), 422 otherwise. */
  status: 404 | 422;
  problems: string[];
}

function coerce(value: string, schema: JsonSchema | undefined): unknown {
  const type = schema?.type;
  if ((type === "integer" || type === "number") && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type === "boolean" && (value === "true" || value === "false")) return value === "true";
  return value;
}

function checkParameter(match: MatchedOperation, param: ParameterObject, raw: string | undefined): string[] {
  if (raw === undefined) return param.required ? [`${param.in} parameter '${param.name}' is required`] : [];
  if (!param.schema) return [];
  const validate = schemaValidator(`${match.operationId} ${param.in}:${param.name}`, param.schema);
  return validate(coerce(raw, param.schema)) ? [] : describeErrors(validate, `${param.in} parameter '${param.name}'`);
}

function checkBody(match: MatchedOperation, body: unknown): string[] {
  const requestBody = match.operation.requestBody;
  if (!requestBody) return [];
  if (body === undefined) return requestBody.required ? ["a request body is required"] : [];
  const schema = requestBody.content["application/json"]?.schema;
  if (!schema) return [];
  const validate = schemaValidator(`${match.operationId} request`, schema);
  return validate(body) ? [] : describeErrors(validate, "body");
}

export function validateRequest(
  match: MatchedOperation,
  query: URLSearchParams,
  body: unknown,
): RequestProblems | undefined {
  const params = (match.operation.parameters ?? []).map((p) => resolveLocal<ParameterObject>(p));
  const pathProblems = params
    .filter((p) => p.in === "path")
    .flatMap((p) => checkParameter(match, p, match.pathParams[p.name]));
  if (pathProblems.length > 0) return { status: 404, problems: pathProblems };
  const problems = [
    ...params.filter((p) => p.in === "query").flatMap((p) => checkParameter(match, p, query.get(p.name) ?? undefined)),
    ...checkBody(match, body),
  ];
  return problems.length > 0 ? { status: 422, problems } : undefined;
}

/** Problems with a response the twin produced; statuses the description does not list are only wrong when 2xx. */
export function validateResponse(match: MatchedOperation, status: number, body: unknown): string[] {
  const documented = match.operation.responses[String(status)];
  if (!documented) {
    return status < 300 ? [`status ${status} is not a documented response of ${match.operationId}`] : [];
  }
  const response = resolveLocal<ResponseObject>(documented);
  const schema = response.content?.["application/json"]?.schema;
  if (!schema) {
    // Error statuses often document no schema, yet GitHub still sends its {message, documentation_url} body.
    return body === undefined || status >= 400 ? [] : [`${match.operationId} ${status} documents no body, but one was sent`];
  }
  const validate = schemaValidator(`${match.operationId} ${status}`, schema);
  return validate(body) ? [] : describeErrors(validate, `response ${status}`);
}
