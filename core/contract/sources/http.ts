import { assertDeclaredHost, readSourceSecret } from "./secrets.ts";
import type { SourceLoader, SourceRow } from "./types.ts";
import { DEFAULT_TIMEOUT_MS, SourceReadError } from "./types.ts";

/** A JSON API: GET the URL, take the rows at rows_path. A bearer token comes from token_env. */
export const loadHttpSource: SourceLoader<"http"> = async (_root, definition, options) => {
  const env = options.env ?? process.env;
  const headers: Record<string, string> = { accept: "application/json" };
  if (definition.token_env) {
    const token = readSourceSecret(definition, "token_env", env, options.secretPrefix);
    assertDeclaredHost(definition, urlHost(definition.url), "url");
    headers.authorization = `Bearer ${token}`;
  }
  const where = displayUrl(definition.url);
  const { body, contentType } = await fetchBody(definition.name, where, definition.url, headers, options);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    // The body itself stays out of the message: it may hold recipients' rows.
    throw new SourceReadError(definition.name, `GET ${where} did not answer JSON (${body.length} characters of ${contentType || "an unknown content type"})`);
  }
  const rows = definition.rows_path ? atPath(json, definition.rows_path) : json;
  if (!Array.isArray(rows) || rows.some((r) => !r || typeof r !== "object" || Array.isArray(r))) {
    const at = definition.rows_path ? `at "${definition.rows_path}"` : "at the top level";
    throw new SourceReadError(definition.name, `GET ${where} answered JSON without an array of row objects ${at}`);
  }
  return rows as SourceRow[];
};

async function fetchBody(
  name: string,
  where: string,
  url: string,
  headers: Record<string, string>,
  options: { fetch?: typeof fetch; timeoutMs?: number },
): Promise<{ body: string; contentType: string }> {
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const doFetch = options.fetch ?? fetch;
  try {
    // Redirects are not followed: a token must never travel on to a host the definition does not list.
    const response = await doFetch(url, { headers, redirect: "manual", signal: AbortSignal.timeout(timeout) });
    if (response.status >= 300 && response.status < 400) {
      throw new SourceReadError(name, `GET ${where} answered ${response.status} (a redirect), which copygate does not follow: point url at the final address`);
    }
    const text = await response.text();
    if (!response.ok) {
      throw new SourceReadError(name, `GET ${where} answered ${response.status} ${response.statusText}`.trimEnd());
    }
    return { body: text, contentType: response.headers.get("content-type")?.split(";")[0] ?? "" };
  } catch (error) {
    if (error instanceof SourceReadError) throw error;
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    if (timedOut) throw new SourceReadError(name, `GET ${where} did not answer within ${timeout} ms`);
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    throw new SourceReadError(name, `GET ${where} failed: ${cause ?? (error as Error).message}`);
  }
}

function urlHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
}

/** Origin and path only: a query string may carry a key. */
function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return "(invalid url)";
  }
}

function atPath(value: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), value);
}
