/** The OpenAI-shaped answers the simulator sends: status, headers and a JSON body. */
export interface SimReply {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  /** What the simulator did on purpose, for its stats. */
  injected?: "rate_limited" | "concurrency_limited" | "quota_exceeded" | "server_error" | "malformed" | "invalid" | "risky" | "dropped";
  /** Send the headers and half the body, then close the connection. */
  dropMidBody?: boolean;
}

/** Every answer says it is simulated (a header and a marker in the model id): a simulated judgment never counts. */
export const SIMULATOR_HEADER = "x-copygate-simulator";
export const SIMULATOR_MODEL_SUFFIX = "+copygate-simulator";

export function errorReply(status: number, type: string, message: string, extra: { code?: string | null; param?: string | null } = {}): SimReply {
  return { status, headers: {}, body: { error: { message, type, param: extra.param ?? null, code: extra.code ?? null } } };
}

/** A 429 with every header a careful client reads: Retry-After (and -ms) and the x-ratelimit-* trio. */
export function rateLimitReply(
  retryAfterSeconds: number,
  limit: number,
  withMsHeader: boolean,
  why: "rate_limited" | "concurrency_limited" | "quota_exceeded",
): SimReply {
  const reply = errorReply(429, "requests", `Rate limit reached for requests (simulated: ${why.replace("_", " ")}). Please try again in ${formatDuration(retryAfterSeconds)}.`, {
    code: "rate_limit_exceeded",
  });
  reply.headers = {
    "retry-after": String(retryAfterSeconds),
    "x-ratelimit-limit-requests": String(limit),
    "x-ratelimit-remaining-requests": "0",
    "x-ratelimit-reset-requests": formatDuration(retryAfterSeconds),
  };
  if (withMsHeader) reply.headers["retry-after-ms"] = String(Math.round(retryAfterSeconds * 1000));
  reply.injected = why;
  return reply;
}

/** OpenAI's reset format: "1s", "200ms", "1m30s". */
export function formatDuration(seconds: number): string {
  if (seconds < 1) return `${Math.round(seconds * 1000)}ms`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round((seconds - minutes * 60) * 1000) / 1000;
  return minutes > 0 ? `${minutes}m${rest}s` : `${rest}s`;
}

export function completionReply(id: string, model: string, content: string, promptChars: number): SimReply {
  // Plausible token counts: about four characters a token, as OpenAI's own rule of thumb says.
  const promptTokens = Math.max(1, Math.ceil(promptChars / 4));
  const completionTokens = Math.max(1, Math.ceil(content.length / 4));
  return {
    status: 200,
    headers: {},
    body: {
      id,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model: `${model}${SIMULATOR_MODEL_SUFFIX}`,
      system_fingerprint: "fp_copygate_sim",
      choices: [{ index: 0, message: { role: "assistant", content, refusal: null }, logprobs: null, finish_reason: "stop" }],
      usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
    },
  };
}
