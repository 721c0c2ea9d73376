import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { planCompletion } from "./completions.js";
import { errorReply, rateLimitReply } from "./replies.js";
export function newState() {
    return {
        stats: { requests: 0, completions: 0, byStatus: {}, byModel: {}, injected: {}, maxInFlight: 0 },
        inFlight: 0,
        seenBodies: new Map(),
        quotaWindow: { startedAt: 0, used: 0 },
    };
}
export function createSimulatorServer(options, state) {
    return createServer((req, res) => {
        state.stats.requests += 1;
        route(req, options, state)
            .then((reply) => send(res, reply, state))
            .catch((error) => send(res, errorReply(500, "server_error", `simulator error: ${String(error)}`), state));
    });
}
async function route(req, options, state) {
    const path = (req.url ?? "/").split("?")[0]?.replace(/\/+$/, "") ?? "";
    if (req.method === "GET" && path === "/v1/models")
        return modelsReply(options);
    if (req.method === "POST" && path === "/v1/chat/completions")
        return completion(await readBody(req), options, state);
    return errorReply(404, "invalid_request_error", `Unknown request URL: ${req.method} ${path}.`, { code: "unknown_url" });
}
async function completion(rawBody, options, state) {
    state.stats.completions += 1;
    const request = parseRequest(rawBody);
    if ("status" in request)
        return request;
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
        if (plan.early)
            return plan.early;
        if (plan.latencyMs > 0)
            await sleep(plan.latencyMs);
        return quota ? withQuotaHeaders(plan.reply(), quota) : plan.reply();
    }
    finally {
        state.inFlight -= 1;
    }
}
function takeQuota(rateLimit, state) {
    const now = Date.now();
    const window = state.quotaWindow;
    if (now - window.startedAt >= rateLimit.windowMs) {
        window.startedAt = now;
        window.used = 0;
    }
    const allowed = window.used < rateLimit.requests;
    if (allowed)
        window.used += 1;
    const resetMs = Math.max(1, Math.ceil(window.startedAt + rateLimit.windowMs - now));
    return { allowed, limit: rateLimit.requests, remaining: rateLimit.requests - window.used, resetMs };
}
function withQuotaHeaders(reply, quota) {
    reply.headers = {
        ...reply.headers,
        "x-ratelimit-limit-requests": String(quota.limit),
        "x-ratelimit-remaining-requests": String(quota.remaining),
        "x-ratelimit-reset-requests": `${quota.resetMs}ms`,
    };
    return reply;
}
function parseRequest(rawBody) {
    let body;
    try {
        body = JSON.parse(rawBody);
    }
    catch {
        return errorReply(400, "invalid_request_error", "We could not parse the JSON body of your request.");
    }
    const candidate = body;
    if (!candidate || typeof candidate.model !== "string" || !Array.isArray(candidate.messages) || candidate.messages.length === 0) {
        return errorReply(400, "invalid_request_error", "A chat completion needs a string 'model' and a non-empty 'messages' array.", { param: "messages" });
    }
    return candidate;
}
function modelsReply(options) {
    const names = options.knownModels ?? ["gpt-4.1", "gpt-4.1-mini", ...Object.keys(options.models ?? {})];
    const data = [...new Set(names)].map((id) => ({ id, object: "model", created: 0, owned_by: "copygate-simulator" }));
    return { status: 200, headers: {}, body: { object: "list", data } };
}
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on("data", (chunk) => chunks.push(chunk));
        req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
        req.on("error", reject);
    });
}
function send(res, reply, state) {
    const key = String(reply.status);
    state.stats.byStatus[key] = (state.stats.byStatus[key] ?? 0) + 1;
    if (reply.injected)
        state.stats.injected[reply.injected] = (state.stats.injected[reply.injected] ?? 0) + 1;
    if (res.destroyed)
        return; // the client gave up (its timeout); nothing to answer
    const payload = JSON.stringify(reply.body);
    res.writeHead(reply.status, {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(payload),
        "x-request-id": `req_sim_${state.stats.requests.toString(16)}`,
        ...reply.headers,
    });
    res.end(payload);
}
