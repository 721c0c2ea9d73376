import { readBrief, type ChatMessageLike } from "./brief.ts";
import { behaviourFor, type ResolvedBehaviour, type SimulatorOptions } from "./options.ts";
import { seededChoices, type Choices } from "./random.ts";
import { completionReply, errorReply, rateLimitReply, type SimReply } from "./replies.ts";
import { injectRisk } from "./risky.ts";
import { writeForSchema } from "./shape.ts";

export interface CompletionRequest {
  model: string;
  temperature?: number | null;
  messages: ChatMessageLike[];
  response_format?: { type?: string; json_schema?: { name?: string; schema?: unknown } };
}

/** The decision for one request, before any latency: an error to send now, or a reply after `latencyMs`. */
export interface CompletionPlan {
  early?: SimReply;
  latencyMs: number;
  reply: () => SimReply;
}

/**
 * `bodyDigest` (sha256 of the raw request body) and `occurrence` (how many times this exact body
 * was seen before) drive every choice:
 * faults depend on the occurrence, so a retry of a request that got a 429 can succeed, deterministically;
 * the copy depends on seed + body, and on the occurrence too when the temperature is above 0.
 */
export function planCompletion(request: CompletionRequest, bodyDigest: string, occurrence: number, options: SimulatorOptions): CompletionPlan {
  const seed = String(options.seed ?? 0);
  const behaviour = scripted(behaviourFor(options, request.model), occurrence);
  const faults = seededChoices(seed, "faults", String(occurrence), bodyDigest);
  const format = request.response_format?.type;
  if (format === "json_schema" && !behaviour.jsonSchema) {
    const message = `Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.`;
    return { early: errorReply(400, "invalid_request_error", message, { param: "response_format" }), latencyMs: 0, reply: () => unreachable() };
  }
  if (faults.chance(behaviour.rate429)) {
    const early = rateLimitReply(options.retryAfterSeconds ?? 1, options.maxConcurrent ?? 500, options.retryAfterMsHeader ?? true, "rate_limited");
    return { early, latencyMs: 0, reply: () => unreachable() };
  }
  // Sampling above temperature 0 gives each repeat of a request its own draw (so --repeat K shows
  // flaky outputs); the first draw is the same at any temperature, and temperature 0 always repeats.
  const draw = (request.temperature ?? 1) > 0 && occurrence > 0 ? [String(occurrence)] : [];
  return { latencyMs: behaviour.latencyMs, reply: () => answer(request, [bodyDigest, ...draw], seed, behaviour, faults) };
}

/** A scripted occurrence becomes certainty: its one fault at rate 1, every other at rate 0. */
function scripted(behaviour: ResolvedBehaviour, occurrence: number): ResolvedBehaviour {
  const step = behaviour.script[occurrence];
  if (step === undefined) return behaviour;
  const status = /^5/.test(step) ? Number(step) : undefined;
  return {
    ...behaviour,
    rate429: step === "429" ? 1 : 0,
    rate5xx: status ? 1 : 0,
    rateMalformed: step === "malformed" ? 1 : 0,
    rateInvalid: step === "invalid" ? 1 : 0,
    rateRisky: step === "risky" ? 1 : 0,
    rateDrop: step === "drop" ? 1 : 0,
    forcedStatus: status,
  };
}

function answer(request: CompletionRequest, sampleKey: string[], seed: string, behaviour: ResolvedBehaviour, faults: Choices): SimReply {
  if (faults.chance(behaviour.rate5xx)) {
    const status = behaviour.forcedStatus ?? faults.pick([500, 502, 503]);
    const reply = errorReply(status, "server_error", "The server had an error while processing your request (simulated).");
    reply.injected = "server_error";
    return reply;
  }
  const brief = readBrief(request.messages);
  const promptText = request.messages.map((m) => (typeof m.content === "string" ? m.content : "")).join("\n");
  const copy = writeForSchema(request.response_format?.json_schema?.schema, brief, seededChoices(seed, "copy", ...sampleKey), promptText);
  let injected: SimReply["injected"];
  const riskChoices = seededChoices(seed, "risk", ...sampleKey);
  if (riskChoices.chance(behaviour.rateRisky)) {
    injectRisk(copy, brief, riskChoices);
    injected = "risky";
  }
  let content = JSON.stringify(copy);
  if (faults.chance(behaviour.rateMalformed)) {
    content = malform(content, faults);
    injected = "malformed";
  } else if (faults.chance(behaviour.rateInvalid)) {
    const firstKey = Object.keys(copy)[0];
    if (firstKey) delete copy[firstKey];
    content = JSON.stringify(copy);
    injected = "invalid";
  }
  const id = `chatcmpl-sim${seededChoices(seed, "id", ...sampleKey, String(faults.next())).next().toString(16).slice(2, 14)}`;
  const reply = completionReply(id, request.model, content, promptText.length);
  reply.injected = injected;
  // Its own stream, so that turning drops on changes no other choice.
  if (seededChoices(seed, "drop", ...sampleKey, String(faults.next())).chance(behaviour.rateDrop)) {
    reply.dropMidBody = true;
    reply.injected = "dropped";
  }
  return reply;
}

/** The ways real models break JSON: cut off mid-string, a trailing comma, chatty prose around it. */
function malform(json: string, choose: Choices): string {
  const kind = choose.pick(["truncated", "trailing_comma", "prose"] as const);
  if (kind === "truncated") return json.slice(0, Math.max(1, Math.floor(json.length * 0.6)));
  if (kind === "trailing_comma") return `${json.slice(0, -1)},}`;
  return `Sure, here is the copy you asked for: ${json.slice(0, -1)}`;
}

function unreachable(): never {
  throw new Error("an early reply has no later reply");
}
