/**
 * The twin's HTTP transport: reads a request, matches and validates it against GitHub's description,
 * hands it to the router, validates the response, and records every violation.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { HttpError } from "./http-error.ts";
import { matchOperation } from "./openapi-routes.ts";
import { validateRequest, validateResponse } from "./openapi-validator.ts";
import { hasHandler, route, type TokenPermission } from "./router.ts";
import type { TwinContext, TwinResponse } from "./twin-context.ts";
import type { RequestLogEntry, Violation } from "./violations.ts";

export interface TwinServerState {
  twin: TwinContext;
  permission: TokenPermission;
  violations: Violation[];
  requests: RequestLogEntry[];
  /**
   * Called before a request is handled (after validation). Answering "drop" closes the connection
   * without handling it: how a test stands a process crash at an exact step.
   */
  beforeHandle?: (call: { method: string; path: string; operationId: string; body: unknown }) => Promise<"drop" | void> | "drop" | void;
}

const DROPPED = 0;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

// Octokit asks for application/vnd.github+json (or .v3+json); the description lists application/json.
// Other GitHub media types (.raw, .diff, .patch, .html) change the body: the twin serves JSON only.
function acceptsJson(accept: string | undefined): boolean {
  if (!accept) return true;
  return accept.split(",").some((type) => /^\s*(\*\/\*|application\/json|application\/vnd\.github(\.v3)?(\+json)?)\s*(;.*)?$/.test(type));
}

function send(res: ServerResponse, response: TwinResponse): void {
  const headers: Record<string, string> = {
    "x-github-media-type": "github.v3; format=json", "x-github-request-id": randomUUID(),
    // Octokit's throttling plugin reads these; the twin never runs out.
    "x-ratelimit-limit": "5000", "x-ratelimit-remaining": "4999", "x-ratelimit-used": "1",
    "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600), "x-ratelimit-resource": "core",
    ...response.headers,
  };
  if (response.body === undefined) {
    res.writeHead(response.status, headers).end();
    return;
  }
  headers["content-type"] = "application/json; charset=utf-8";
  res.writeHead(response.status, headers).end(JSON.stringify(response.body));
}

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  if (raw === "") return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

async function answer(req: IncomingMessage, url: URL, raw: string, server: TwinServerState): Promise<TwinResponse & { operationId?: string }> {
  const method = req.method ?? "GET";
  const violate = (v: Omit<Violation, "method" | "path">) => server.violations.push({ method, path: url.pathname, ...v });
  const matched = matchOperation(method, url.pathname);
  if (!matched.ok) {
    violate({ kind: "unknown-route", problems: [matched.reason] });
    return { status: 404, body: new HttpError(404, "Not Found").body() };
  }
  const { match } = matched;
  const operationId = match.operationId;
  if (!acceptsJson(req.headers.accept)) {
    violate({ operationId, kind: "media-type", problems: [`the twin serves JSON only, not Accept: ${req.headers.accept}`] });
  }
  const body = parseJson(raw);
  if (!body.ok) {
    violate({ operationId, kind: "invalid-request", problems: ["the body is not JSON"] });
    return { operationId, status: 400, body: new HttpError(400, "Problems parsing JSON").body() };
  }
  const invalid = validateRequest(match, url.searchParams, body.value);
  if (invalid) {
    violate({ operationId, kind: "invalid-request", problems: invalid.problems });
    const message = invalid.status === 404 ? "Not Found" : `Invalid request.\n\n${invalid.problems.join("\n")}`;
    return { operationId, status: invalid.status, body: new HttpError(invalid.status, message).body() };
  }
  if (!hasHandler(operationId)) {
    violate({ operationId, kind: "unimplemented", problems: ["the twin does not serve this operation yet"] });
    return { operationId, status: 501, body: { message: `github twin does not implement ${operationId}` } };
  }
  if ((await server.beforeHandle?.({ method, path: url.pathname, operationId, body: body.value })) === "drop") {
    return { operationId, status: DROPPED };
  }
  let response: TwinResponse;
  try {
    const request = {
      method, operationId, params: match.pathParams, query: url.searchParams, body: body.value, url, authorization: req.headers.authorization,
    };
    response = await route(request, server.twin, server.permission);
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    if (error.overLimit) violate({ operationId, kind: "over-limit", problems: [error.errors?.[0]?.message ?? error.message] });
    response = { status: error.status, body: error.body() };
  }
  const wrong = validateResponse(match, response.status, response.body);
  if (wrong.length > 0) violate({ operationId, kind: "invalid-response", problems: wrong });
  return { ...response, operationId };
}

export function createTwinServer(server: TwinServerState): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? "/", server.twin.baseUrl);
    // GitHub Enterprise Server serves the same API under /api/v3 (what Probot's GHE_HOST points at).
    if (url.pathname.startsWith("/api/v3/")) url.pathname = url.pathname.slice("/api/v3".length);
    readBody(req)
      .then((raw) => answer(req, url, raw, server).then((response) => ({ raw, response })))
      .then(({ raw, response }) => {
        if (response.status === DROPPED) {
          res.destroy();
          return;
        }
        const body = parseJson(raw);
        server.requests.push({
          method: req.method ?? "GET", path: url.pathname + url.search, operationId: response.operationId,
          status: response.status, ...(body.ok && body.value !== undefined ? { body: body.value } : {}),
        });
        const { operationId: _operationId, ...sent } = response;
        send(res, sent);
      })
      .catch((error: unknown) => {
        server.violations.push({ method: req.method ?? "GET", path: url.pathname, kind: "invalid-response", problems: [`twin crashed: ${String(error)}`] });
        send(res, { status: 500, body: { message: "github twin internal error", documentation_url: "https://docs.github.com/rest" } });
      });
  });
}
