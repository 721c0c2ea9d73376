import { InputError } from "../../errors.js";
import { DEFAULT_TIMEOUT_MS, SourceReadError } from "./types.js";
/** A JSON API: GET the URL, take the rows at rows_path. A bearer token comes from token_env. */
export const loadHttpSource = async (_root, definition, options) => {
    const env = options.env ?? process.env;
    const headers = { accept: "application/json" };
    if (definition.token_env) {
        const token = env[definition.token_env];
        if (!token) {
            throw new InputError(`environment variable ${definition.token_env} is not set`, {
                file: `sources/${definition.name}.yaml`,
                field: "token_env",
                hint: `set ${definition.token_env} to the API's bearer token`,
            });
        }
        headers.authorization = `Bearer ${token}`;
    }
    const where = displayUrl(definition.url);
    const { body, contentType } = await fetchBody(definition.name, where, definition.url, headers, options);
    let json;
    try {
        json = JSON.parse(body);
    }
    catch {
        // The body itself stays out of the message: it may hold recipients' rows.
        throw new SourceReadError(definition.name, `GET ${where} did not answer JSON (${body.length} characters of ${contentType || "an unknown content type"})`);
    }
    const rows = definition.rows_path ? atPath(json, definition.rows_path) : json;
    if (!Array.isArray(rows) || rows.some((r) => !r || typeof r !== "object" || Array.isArray(r))) {
        const at = definition.rows_path ? `at "${definition.rows_path}"` : "at the top level";
        throw new SourceReadError(definition.name, `GET ${where} answered JSON without an array of row objects ${at}`);
    }
    return rows;
};
async function fetchBody(name, where, url, headers, options) {
    const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const doFetch = options.fetch ?? fetch;
    try {
        const response = await doFetch(url, { headers, signal: AbortSignal.timeout(timeout) });
        const text = await response.text();
        if (!response.ok) {
            throw new SourceReadError(name, `GET ${where} answered ${response.status} ${response.statusText}`.trimEnd());
        }
        return { body: text, contentType: response.headers.get("content-type")?.split(";")[0] ?? "" };
    }
    catch (error) {
        if (error instanceof SourceReadError)
            throw error;
        const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
        if (timedOut)
            throw new SourceReadError(name, `GET ${where} did not answer within ${timeout} ms`);
        const cause = error.cause?.code;
        throw new SourceReadError(name, `GET ${where} failed: ${cause ?? error.message}`);
    }
}
/** Origin and path only: a query string may carry a key. */
function displayUrl(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.origin}${parsed.pathname}`;
    }
    catch {
        return "(invalid url)";
    }
}
function atPath(value, path) {
    return path.split(".").reduce((node, key) => (node && typeof node === "object" ? node[key] : undefined), value);
}
