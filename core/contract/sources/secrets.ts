/**
 * Which secrets a source may read and where it may send them. A source definition is a file any
 * pull request can edit, so without these rules `token_env: OPENAI_API_KEY` plus a URL of the
 * author's choosing would send the model key anywhere. Rules:
 * - a secret comes only from an environment variable the definition names (token_env,
 *   connection_env) whose name starts with the configured prefix (COPYGATE_SOURCE_ by default);
 * - model and platform keys (OPENAI_*, COPYGATE_JUDGE_*, GITHUB_TOKEN…) are never a source's,
 *   whatever the prefix;
 * - a secret goes only to a host the definition lists under `hosts`, and is never sent on to a
 *   host a server redirects to.
 * validate reports a breach at its line (core/validate/check-source.ts); the loaders refuse it.
 */
import { InputError } from "../../errors.ts";
import type { SourceDefinition } from "../../model/index.ts";

export const DEFAULT_SECRET_PREFIX = "COPYGATE_SOURCE_";

/** Keys that belong to models, judges and platforms: never handed to a source. */
const RESERVED = /^(?:OPENAI_|ANTHROPIC_|AZURE_OPENAI|GEMINI_|GOOGLE_API|COPYGATE_JUDGE|COPYGATE_MODEL|OTEL_|GITHUB_|GH_|ACTIONS_|RUNNER_|AWS_|NPM_)/;

/** Why `name` may not hold a source's secret, or null when it may. */
export function secretNameProblem(name: string, prefix = DEFAULT_SECRET_PREFIX): string | null {
  if (RESERVED.test(name)) return `${name} holds a model or platform key, which is never given to a source; put the source's own secret in a variable named ${prefix}*`;
  if (!name.startsWith(prefix) || name.length === prefix.length) return `${name} is not a source secret: sources read secrets only from variables named ${prefix}*`;
  return null;
}

/** Why a secret may not go to `host`, or null. */
export function hostProblem(host: string, hosts: string[] | undefined): string | null {
  if (!hosts || hosts.length === 0) return "a source that uses a secret must list the hosts it may send it to under hosts";
  return hosts.map((h) => h.toLowerCase()).includes(host.toLowerCase()) ? null : `host ${host} is not in hosts (${hosts.join(", ")}): a secret goes only to a host the definition lists`;
}

/** The host a postgres connection string connects to; undefined when it names none (a local socket). */
export function connectionHost(connectionString: string): string | undefined {
  try {
    const host = new URL(connectionString).hostname;
    return host === "" ? undefined : host.replace(/^\[|\]$/g, "");
  } catch {
    return undefined;
  }
}

/** Reads the secret a definition names, after checking the name; the value is never in a message. */
export function readSourceSecret(
  definition: SourceDefinition,
  field: "token_env" | "connection_env",
  env: Record<string, string | undefined>,
  prefix = DEFAULT_SECRET_PREFIX,
): string {
  const name = (definition as unknown as Record<string, string>)[field] ?? "";
  const file = `sources/${definition.name}.yaml`;
  const problem = secretNameProblem(name, prefix);
  if (problem) throw new InputError(problem, { file, field, hint: `rename the variable to ${prefix}<NAME> in the environment and in ${file}` });
  const value = env[name];
  if (!value) throw new InputError(`environment variable ${name} is not set`, { file, field, hint: field === "token_env" ? `set ${name} to the API's bearer token` : `set ${name} to the PostgreSQL connection string (postgres://user:password@host:5432/db)` });
  return value;
}

/** Refuses to send a secret to a host the definition does not list. */
export function assertDeclaredHost(definition: SourceDefinition & { hosts?: string[] }, host: string, field: string): void {
  const problem = hostProblem(host, definition.hosts);
  if (problem) throw new InputError(problem, { file: `sources/${definition.name}.yaml`, field, hint: "list the host under hosts, or point the source at a listed host" });
}
