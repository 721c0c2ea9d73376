/**
 * Matches a request's method and path to an operation of the description by its path template,
 * the way GitHub's router does: literal segments win over parameters, and a trailing parameter such
 * as {path}, {ref} or {basehead} may span several segments.
 */
import { githubDescription, type OperationObject } from "./openapi-description.ts";

export interface MatchedOperation {
  operationId: string;
  method: string;
  template: string;
  pathParams: Record<string, string>;
  operation: OperationObject;
}

export type RouteMatch = { ok: true; match: MatchedOperation } | { ok: false; status: 404; reason: string };

interface CompiledTemplate {
  template: string;
  names: string[];
  strict: RegExp;
  greedy: RegExp;
  literalLength: number;
}

let compiled: CompiledTemplate[] | undefined;

const SPANNING_PARAMETERS = new Set(["path", "ref", "basehead", "head", "branch"]);

function compileTemplates(): CompiledTemplate[] {
  if (compiled) return compiled;
  compiled = Object.keys(githubDescription().description.paths).map((template) => {
    const names = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
    const escaped = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
    const strict = new RegExp(`^${escaped.replace(/\{[^}]+\}/g, "([^/]+)")}$`);
    // Only a last parameter that names a path or a ref may span segments (contents/{path}, git/ref/{ref}).
    let seen = 0;
    const lastSpans = SPANNING_PARAMETERS.has(names.at(-1) ?? "");
    const greedy = new RegExp(
      `^${escaped.replace(/\{[^}]+\}/g, () => (++seen === names.length && lastSpans ? "(.+)" : "([^/]+)"))}$`,
    );
    const literalLength = template.replace(/\{[^}]+\}/g, "").length;
    return { template, names, strict, greedy, literalLength };
  });
  compiled.sort((a, b) => b.literalLength - a.literalLength);
  return compiled;
}

function findTemplate(pathname: string): { template: CompiledTemplate; values: string[] } | undefined {
  const templates = compileTemplates();
  for (const kind of ["strict", "greedy"] as const) {
    for (const template of templates) {
      const m = template[kind].exec(pathname);
      if (m) return { template, values: m.slice(1) };
    }
  }
  return undefined;
}

export function matchOperation(method: string, pathname: string): RouteMatch {
  const found = findTemplate(pathname.replace(/\/+$/, "") || "/");
  if (!found) return { ok: false, status: 404, reason: `no path of GitHub's REST API matches ${pathname}` };
  const { template, values } = found;
  const operation = githubDescription().description.paths[template.template]?.[method.toLowerCase()];
  if (!operation) {
    return { ok: false, status: 404, reason: `${method} is not an operation of ${template.template}` };
  }
  const pathParams: Record<string, string> = {};
  template.names.forEach((name, i) => (pathParams[name] = decodeURIComponent(values[i] ?? "")));
  return { ok: true, match: { operationId: operation.operationId, method, template: template.template, pathParams, operation } };
}
