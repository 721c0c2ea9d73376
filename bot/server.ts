/**
 * The webhook server: Probot's middleware behind a gate that refuses what it must, each refusal
 * logged as one line naming the delivery, never the payload or a secret:
 *   missing headers → 400 · wrong signature → 401 · body not JSON → 400 · unhandled event → 204 ·
 *   a delivery id already handled → 200 at once. Anything else goes to Probot (which verifies again).
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createNodeMiddleware, Probot } from "probot";
import { createCopygateApp, handledEvents, type CopygateAppOptions } from "./app.ts";

export const WEBHOOK_PATH = "/api/github/webhooks";

export interface BotServerOptions {
  appId: string | number;
  privateKey: string;
  secret: string;
  /** GitHub's API (GitHub Enterprise: https://<host>/api/v3); Probot's default is api.github.com. */
  baseUrl?: string;
  port?: number;
  host?: string;
  app?: CopygateAppOptions;
  log?: (line: string) => void;
}

export interface BotServer {
  url: string;
  webhookUrl: string;
  close(): Promise<void>;
  /** Resolves when the work started by deliveries so far is done. */
  idle(): Promise<void>;
}

const SEEN_LIMIT = 10_000;

export async function startBotServer(options: BotServerOptions): Promise<BotServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const copygate = createCopygateApp({ log, ...options.app });
  const probot = new Probot({ appId: options.appId, privateKey: options.privateKey, secret: options.secret, logLevel: "warn", ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
  const middleware = await createNodeMiddleware(copygate.appFn, { probot, webhooksPath: WEBHOOK_PATH });
  const seen = new Set<string>();
  const events = handledEvents(options.app ?? {});
  const server = createServer((req, res) => {
    gate(req, res, { secret: options.secret, seen, events }, log)
      .then((pass) => (pass ? middleware(req, res, () => res.writeHead(404).end()) : undefined))
      .catch((error: unknown) => {
        log(`copygate: webhook handling failed: ${error instanceof Error ? error.message : String(error)}`);
        if (!res.headersSent) res.writeHead(500).end();
      });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 3000, options.host ?? "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  const url = `http://${address.address}:${address.port}`;
  return {
    url, webhookUrl: `${url}${WEBHOOK_PATH}`, idle: copygate.idle,
    close: () => new Promise((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function signatureMatches(body: string, secret: string, header: string): boolean {
  const expected = Buffer.from(`sha256=${createHmac("sha256", secret).update(body).digest("hex")}`);
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function handled(events: Record<string, string[] | "any">, event: string, action: unknown): boolean {
  const actions = events[event];
  return actions === "any" || (Array.isArray(actions) && typeof action === "string" && actions.includes(action));
}

/** true: hand the request to Probot (its body already read into req.body); false: answered here. */
interface Gate {
  secret: string;
  seen: Set<string>;
  events: Record<string, string[] | "any">;
}

async function gate(req: IncomingMessage, res: ServerResponse, { secret, seen, events }: Gate, log: (line: string) => void): Promise<boolean> {
  const path = (req.url ?? "/").split("?")[0];
  if (req.method !== "POST" || path !== WEBHOOK_PATH) {
    res.writeHead(404).end();
    return false;
  }
  const body = await readBody(req);
  const header = (name: string) => (typeof req.headers[name] === "string" ? (req.headers[name] as string) : "");
  const id = header("x-github-delivery");
  const event = header("x-github-event");
  const signature = header("x-hub-signature-256");
  const refuse = (status: number, why: string) => {
    log(`copygate: refused delivery ${id || "(no id)"} ${event || "(no event)"}: ${status} ${why}`);
    if (status === 204) res.writeHead(204).end();
    else res.writeHead(status, { "content-type": "text/plain" }).end(`${why}\n`);
    return false;
  };
  if (!id || !event || !signature) return refuse(400, `missing ${[!id && "X-GitHub-Delivery", !event && "X-GitHub-Event", !signature && "X-Hub-Signature-256"].filter(Boolean).join(", ")}`);
  if (!signatureMatches(body, secret, signature)) return refuse(401, "signature does not match the body and the webhook secret");
  let payload: { action?: unknown; installation?: { id?: unknown } };
  try {
    payload = JSON.parse(body) as typeof payload;
  } catch {
    return refuse(400, "the body is not JSON");
  }
  if (!handled(events, event, payload.action)) return refuse(204, `event ${event}${typeof payload.action === "string" ? `.${payload.action}` : ""} is not handled`);
  if (typeof payload.installation?.id !== "number") return refuse(400, "no installation in the payload");
  if (seen.has(id)) {
    log(`copygate: delivery ${id} ${event} already handled; acknowledged`);
    res.writeHead(200, { "content-type": "text/plain" }).end("already handled\n");
    return false;
  }
  if (seen.size >= SEEN_LIMIT) seen.delete(seen.values().next().value as string);
  seen.add(id);
  (req as IncomingMessage & { body?: string }).body = body;
  return true;
}
