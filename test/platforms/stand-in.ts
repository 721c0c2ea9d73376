/**
 * What every platform stand-in shares: a real node:http server on 127.0.0.1:0, the request log the
 * contract tests read, injected faults (429 with Retry-After, 5xx), and one JSON answer helper.
 */
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  /** Path and query as sent. */
  url: string;
  authorization: string | undefined;
  body: unknown;
}

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Route = (request: RecordedRequest, path: string, query: URLSearchParams) => Answer | null;

export interface StandIn {
  url: string;
  requests: RecordedRequest[];
  /** The next n requests get this answer instead of being handled (then normal service resumes). */
  fail(answer: Answer, times?: number): void;
  /** The most requests the server was answering at the same time. */
  maxInFlight(): number;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, answer: Answer): void {
  const text = answer.body === undefined ? "" : JSON.stringify(answer.body);
  res.writeHead(answer.status, { ...(text ? { "content-type": "application/json" } : {}), ...answer.headers });
  res.end(text);
}

export async function startStandIn(args: {
  /** Refuses a request whose credential is wrong (the answer to send), or null when it is accepted. */
  authorize: (authorization: string | undefined) => Answer | null;
  route: Route;
  /** Headers on every answer (e.g. SendGrid's X-RateLimit-*). */
  headers?: () => Record<string, string>;
  /** Answer this much later, so concurrent requests overlap (Mailchimp's connection limit). */
  delayMs?: number;
  /** The answer when more requests than this are in flight at once. */
  maxConcurrent?: { limit: number; answer: Answer };
}): Promise<StandIn> {
  const requests: RecordedRequest[] = [];
  const faults: Answer[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const server: Server = createServer((req, res) => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on("finish", () => (inFlight -= 1));
    void (async () => {
      if (args.maxConcurrent && inFlight > args.maxConcurrent.limit) return send(res, args.maxConcurrent.answer);
      if (args.delayMs) await new Promise((resolve) => setTimeout(resolve, args.delayMs));
      const text = await readBody(req);
      let body: unknown;
      if (text) {
        try {
          body = JSON.parse(text);
        } catch {
          return send(res, { status: 400, body: { errors: [{ message: "request body is not JSON" }] } });
        }
      }
      const recorded: RecordedRequest = { method: req.method ?? "GET", url: req.url ?? "/", authorization: req.headers.authorization, body };
      requests.push(recorded);
      const extra = args.headers?.() ?? {};
      const fault = faults.shift();
      if (fault) return send(res, { ...fault, headers: { ...extra, ...fault.headers } });
      const refused = args.authorize(req.headers.authorization);
      if (refused) return send(res, refused);
      if (body !== undefined && !String(req.headers["content-type"] ?? "").startsWith("application/json")) {
        return send(res, { status: 415, body: { errors: [{ message: "content-type must be application/json" }] } });
      }
      const url = new URL(recorded.url, "http://stand-in");
      const answer = args.route(recorded, url.pathname, url.searchParams) ?? { status: 404, body: { errors: [{ message: `no route ${recorded.method} ${url.pathname}` }] } };
      send(res, { ...answer, headers: { ...extra, ...answer.headers } });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    maxInFlight: () => maxInFlight,
    fail(answer, times = 1) {
      for (let i = 0; i < times; i += 1) faults.push(answer);
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** A 400 in the vendor's error shape. */
export function badRequest(messages: string[]): Answer {
  return { status: 400, body: { errors: messages.map((message) => ({ message })) } };
}
