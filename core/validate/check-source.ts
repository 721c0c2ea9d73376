import { posix } from "node:path";
import type { SourceDefinition } from "../model/index.ts";
import type { RepoContext } from "./context.ts";
import type { Problem } from "./problems.ts";
import { hostProblem, secretNameProblem } from "../contract/sources/secrets.ts";
import { checkYamlFile, problemAt } from "./yaml-file.ts";

/** sources/<name>.yaml: schema, the name matches the file, a file source's snapshot exists. */
export async function checkSource(file: string, text: string, ctx: RepoContext): Promise<Problem[]> {
  const checked = checkYamlFile(file, text, "source", ctx.parsedTexts);
  if (!checked.valid) return checked.problems;
  const source = checked.data as SourceDefinition;
  const problems = [...checked.problems];
  const expected = posix.basename(file, ".yaml");
  if (source.name !== expected) problems.push(problemAt(file, checked.located, ["name"], `name "${source.name}" differs from the file name: campaigns refer to this source as "${expected}"`));
  const outside = source.kind === "file" ? await ctx.outside(source.path) : null;
  if (outside) problems.push(problemAt(file, checked.located, ["path"], outside));
  else if (source.kind === "file" && !(await ctx.exists(source.path))) {
    problems.push(problemAt(file, checked.located, ["path"], `snapshot file ${source.path} does not exist`));
  }
  problems.push(...secretProblems(source).map(([path, message]) => problemAt(file, checked.located, path, message)));
  return problems;
}

/** Secrets only from COPYGATE_SOURCE_* variables, only to listed hosts (core/contract/sources/secrets.ts). */
function secretProblems(source: SourceDefinition): [string[], string][] {
  const found: [string[], string][] = [];
  if (source.kind === "http") {
    const inline = inlineSecret(source.url);
    if (inline) found.push([["url"], `url carries ${inline}: a secret in a source file is visible to anyone who reads the repository, so use token_env`]);
  }
  const field = source.kind === "http" ? "token_env" : source.kind === "postgres" ? "connection_env" : null;
  const name = field ? (source as unknown as Record<string, string | undefined>)[field] : undefined;
  if (!field || !name) return found;
  const nameProblem = secretNameProblem(name);
  if (nameProblem) found.push([[field], nameProblem]);
  const hosts = (source as { hosts?: string[] }).hosts;
  if (!hosts || hosts.length === 0) found.push([[field], hostProblem("", hosts) ?? ""]);
  else if (source.kind === "http") {
    const host = hostOf(source.url);
    const problem = host === undefined ? null : hostProblem(host, hosts);
    if (problem) found.push([["url"], problem]);
  }
  return found;
}

/** A credential written into the url itself: user:password@ or a key-like query parameter. */
function inlineSecret(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.username || parsed.password) return "a user name or password";
    const key = [...parsed.searchParams.keys()].find((k) => /key|token|secret|password|passwd|auth|signature|sig$/i.test(k));
    return key ? `the query parameter "${key}"` : null;
  } catch {
    return null;
  }
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
