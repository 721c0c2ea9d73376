/**
 * The `openai` provider: the official SDK against any OpenAI-compatible base URL (OpenAI itself,
 * a gateway, a local server, copygate's simulator). The SDK's own retries are off (maxRetries 0):
 * the generator retries itself so that every attempt is recorded and the limiter sees every 429.
 */
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from "openai";
import type { HeaderSource } from "./backoff.ts";
import type { Provider, ProviderAnswer, ProviderCall, ProviderConnection, ProviderFailure } from "./provider.ts";
import { cleanReason } from "./provider.ts";
import { redactSecretValues } from "../trace/redact.ts";

/** How copygate's bundled simulator marks its answers; anything so marked never counts as a judgment. */
export const SIMULATOR_HEADER = "x-copygate-simulator";
export const SIMULATOR_MODEL_MARKER = "copygate-simulator";

export function openAiProvider(connection: ProviderConnection): Provider {
  const secrets = [...(connection.secrets ?? []), ...(connection.apiKey ? [connection.apiKey] : [])];
  // No key (a local server): the SDK wants one, so give it a placeholder and omit the header it would make.
  const client = new OpenAI({
    baseURL: connection.baseURL,
    apiKey: connection.apiKey || "no-key",
    ...(connection.apiKey ? {} : { defaultHeaders: { Authorization: null } }),
    maxRetries: 0,
    fetch: connection.fetch,
  });
  return {
    async complete(call: ProviderCall): Promise<ProviderAnswer | ProviderFailure> {
      try {
        const { data, response } = await client.chat.completions
          .create(
            {
              model: call.model,
              messages: call.messages,
              temperature: call.temperature,
              max_tokens: call.maxOutputTokens,
              response_format: call.responseFormat,
            },
            { timeout: call.timeoutMs, maxRetries: 0 },
          )
          .withResponse();
        const text = data.choices?.[0]?.message?.content ?? null;
        return {
          ok: true,
          status: response.status,
          // An endpoint that echoes the key into the answer must not get it into drafts or reports.
          text: text === null ? null : redactSecretValues(text, secrets),
          usage: { input_tokens: data.usage?.prompt_tokens ?? 0, output_tokens: data.usage?.completion_tokens ?? 0 },
          headers: response.headers,
          simulated: isSimulated(response.headers, data.model),
        };
      } catch (error) {
        return classifyOpenAiError(error, secrets);
      }
    },
  };
}

export function isSimulated(headers: HeaderSource, model: unknown): boolean {
  return headers.get(SIMULATOR_HEADER) !== null || (typeof model === "string" && model.includes(SIMULATOR_MODEL_MARKER));
}

export function classifyOpenAiError(error: unknown, secrets: readonly string[] = []): ProviderFailure {
  if (error instanceof APIConnectionTimeoutError) {
    return { ok: false, status: null, error_class: "timeout", reason: "no answer before the call's timeout", retryable: true };
  }
  if (error instanceof APIConnectionError) {
    return { ok: false, status: null, error_class: "connection", reason: cleanReason(`connection failed: ${connectionDetail(error)}`, secrets), retryable: true };
  }
  if (error instanceof APIError && typeof error.status === "number") {
    const status = error.status;
    const headers = error.headers ?? undefined;
    const reason = cleanReason(`${status} ${error.message}`, secrets);
    if (status === 429) return { ok: false, status, error_class: "rate_limited", reason, retryable: true, headers };
    if (status >= 500 || status === 408 || status === 409) return { ok: false, status, error_class: status === 408 ? "timeout" : "server_error", reason, retryable: true, headers };
    if (status === 400 && aboutResponseFormat(error)) return { ok: false, status, error_class: "unsupported_response_format", reason, retryable: false, headers };
    if (status === 401 || status === 403) return { ok: false, status, error_class: "auth", reason, retryable: false, headers };
    if (status === 404) return { ok: false, status, error_class: "model_not_found", reason, retryable: false, headers };
    return { ok: false, status, error_class: "bad_request", reason, retryable: false, headers };
  }
  if (droppedMidAnswer(error)) {
    // Headers arrived, then the connection closed before the body was complete: a transport error like a 5xx.
    return { ok: false, status: null, error_class: "connection", reason: cleanReason(`connection dropped mid-answer: ${connectionDetail(error)}`, secrets), retryable: true };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, status: null, error_class: "unknown", reason: cleanReason(message, secrets), retryable: false };
}

/** undici reports a body cut short as TypeError("terminated") with a socket error as its cause; a truncated body fails JSON parsing. */
function droppedMidAnswer(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const text = `${error.name} ${error.message} ${cause?.code ?? ""} ${cause?.message ?? ""}`;
  return /terminated|other side closed|ECONNRESET|UND_ERR_SOCKET|socket hang up|premature close|aborted|EPIPE/i.test(text) || error instanceof SyntaxError;
}

const CONNECTION_CODES: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host name lookup failed",
  ETIMEDOUT: "connection timed out",
  EHOSTUNREACH: "host unreachable",
  ECONNRESET: "connection reset",
  UND_ERR_SOCKET: "connection closed by the server",
};

/** "connection refused (ECONNREFUSED)" rather than the SDK's "Connection error.". */
function connectionDetail(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string; cause?: { code?: string } } }).cause;
  const code = cause?.code ?? cause?.cause?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code && CONNECTION_CODES[code]) return `${CONNECTION_CODES[code]} (${code})`;
  return code && !message.includes(code) ? `${message} (${code})` : message;
}

function aboutResponseFormat(error: APIError): boolean {
  return error.param === "response_format" || /response_format|json_schema/i.test(error.message);
}
