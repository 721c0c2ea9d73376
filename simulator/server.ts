import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { planCompletion, type CompletionRequest } from "./completions.ts";
import type { SimulatorOptions } from "./options.ts";
import { errorReply, rateLimitReply, SIMULATOR_HEADER, type SimReply } from "./replies.ts";

export interface SimulatorStats {
  /** Every HTTP request received, whatever its path or answer. */
  requests: number;
  /** Chat completion requests only. */
  completions: number;
  byStatus: Record<string, number>;
  byModel: Record<string, number>;
  injected: Record<string, number>;
  /** The most chat completion requests that were in flight at once. */
  maxInFlight: number;
}

export interface SimulatorState {
  stats: SimulatorStats;
  inFlight: number;
  seenBodies: Map<string, number>;
  quotaWindow: { startedAt: number; used: number };
}

export function newState(): SimulatorState {
  return {
    stats: { requests: 0, completions: 0, byStatus: {}, byModel: {}, injected: {}, maxInFlight: 0 },
    inFlight: 0,
    seenBodies: new Map(),
    quotaWindow: { startedAt: 0, used: 0 },
  };
}

export function createSimulatorServer(options: SimulatorOptions, state: SimulatorState): Server {
  return createServer((req, res) => {
    state.stats.requests += 1;
    route(req, options, state)
      .then((reply) => send(res, reply, state))
      .catch((error: unknown) => send(res, errorReply(500, "server_error", `simulator error: ${String(error)}`), state));
  });
}

async function route(req: IncomingMessage, options: SimulatorOptions, state: SimulatorState): Promise<SimReply> {
  const path = (req.url ?? "/").split("?")[0]?.replace(/\/+$/, "") ?? "";
  if (req.method === "GET" && path === "/v1/models") return modelsReply(options);
  if (req.method === "POST" && path === "/v1/chat/completions") return completion(await readBody(req), options, state);
  return errorReply(404, "invalid_request_error", `Unknown request URL: ${req.method} ${path}.`, { code: "unknown_url" });
}

async function completion(rawBody: string, options: SimulatorOptions, state: SimulatorState): Promise<SimReply> {
  state.stats.completions += 1;
  const request = parseRequest(rawBody);
  if ("status" in request) return request;
  state.stats.byModel[request.model] = (state.stats.byModel[request.model] ?? 0) + 1;
  if (options.knownModels && !options.knownModels.includes(request.model)) {
    return errorReply(404, "invalid_request_error", `The model \`${request.model}\` does not exist or you do not have access to it.`, { code: "model_not_found" });
  }
  if (options.maxConcurrent !== undefined && state.inFlight >= options.maxConcurrent) {
    return rateLimitReply(options.retryAfterSeconds ?? 1, options.maxConcurrent, options.retryAfterMsHeader ?? true, "concurrency_limited");
  }
  // Keyed by digest, not by body: 10,000 distinct prompts must not keep 10,000 prompts in memory.
  const bodyDigest = createHash("sha256").update(rawBody).digest("hex");
  const quota = options.rateLimit ? takeQuota(options.rateLimit, state) : undefined;
  if (quota && !quota.allowed) {
    const reply = rateLimitReply(quota.resetMs / 1000, quota.limit, options.retryAfterMsHeader ?? true, "quota_exceeded");
    return withQuotaHeaders(reply, quota);
  }
  const occurrence = state.seenBodies.get(bodyDigest) ?? 0;
  state.seenBodies.set(bodyDigest, occurrence + 1);
  state.inFlight += 1;
  state.stats.maxInFlight = Math.max(state.stats.maxInFlight, state.inFlight);
  try {
    const plan = planCompletion(request, bodyDigest, occurrence, options);
    if (plan.early) return plan.early;
    if (plan.latencyMs > 0) await sleep(plan.latencyMs);
    return quota ? withQuotaHeaders(plan.reply(), quota) : plan.reply();
  } finally {
    state.inFlight -= 1;
  }
}

interface QuotaState {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Whole milliseconds until the window resets, rounded up so a client that waits it is never early. */
  resetMs: number;
}

function takeQuota(rateLimit: { requests: number; windowMs: number }, state: SimulatorState): QuotaState {
  const now = Date.now();
  const window = state.quotaWindow;
  if (now - window.startedAt >= rateLimit.windowMs) {
    window.startedAt = now;
    window.used = 0;
  }
  const allowed = window.used < rateLimit.requests;
  if (allowed) window.used += 1;
  const resetMs = Math.max(1, Math.ceil(window.startedAt + rateLimit.windowMs - now));
  return { allowed, limit: rateLimit.requests, remaining: rateLimit.requests - window.used, resetMs };
}

function withQuotaHeaders(reply: SimReply, quota: QuotaState): SimReply {
  reply.headers = {
    ...reply.headers,
    "x-ratelimit-limit-requests": String(quota.limit),
    "x-ratelimit-remaining-requests": String(quota.remaining),
    "x-ratelimit-reset-requests": `${quota.resetMs}ms`,
  };
  return reply;
}

function parseRequest(rawBody: string): CompletionRequest | SimReply {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return errorReply(400, "invalid_request_error", "We could not parse the JSON body of your request.");
  }
  const candidate = body as Partial<CompletionRequest> | null;
  if (!candidate || typeof candidate.model !== "string" || !Array.isArray(candidate.messages) || candidate.messages.length === 0) {
    return errorReply(400, "invalid_request_error", "A chat completion needs a string 'model' and a non-empty 'messages' array.", { param: "messages" });
  }
  return candidate as CompletionRequest;
}

function modelsReply(options: SimulatorOptions): SimReply {
  const names = options.knownModels ?? ["gpt-4.1", "gpt-4.1-mini", ...Object.keys(options.models ?? {})];
  const data = [...new Set(names)].map((id) => ({ id, object: "model", created: 0, owned_by: "copygate-simulator" }));
  return { status: 200, headers: {}, body: { object: "list", data } };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, reply: SimReply, state: SimulatorState): void {
  const key = String(reply.status);
  state.stats.byStatus[key] = (state.stats.byStatus[key] ?? 0) + 1;
  if (reply.injected) state.stats.injected[reply.injected] = (state.stats.injected[reply.injected] ?? 0) + 1;
  if (res.destroyed) return; // the client gave up (its timeout); nothing to answer
  const payload = JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(payload),
    "x-request-id": `req_sim_${state.stats.requests.toString(16)}`,
    [SIMULATOR_HEADER]: "copygate bundled simulator; its answers are not a model's",
    ...reply.headers,
  });
  if (reply.dropMidBody) {
    // A connection lost mid-answer: the status and half the body arrive, then the socket closes.
    res.write(payload.slice(0, Math.floor(payload.length / 2)));
    res.once("drain", () => res.destroy());
    setImmediate(() => res.destroy());
    return;
  }
  res.end(payload);
}
