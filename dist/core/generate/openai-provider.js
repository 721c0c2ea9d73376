/**
 * The `openai` provider: the official SDK against any OpenAI-compatible base URL (OpenAI itself,
 * a gateway, a local server, copygate's simulator). The SDK's own retries are off (maxRetries 0):
 * the generator retries itself so that every attempt is recorded and the limiter sees every 429.
 */
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from "openai";
import { cleanReason } from "./provider.js";
export function openAiProvider(connection) {
    const client = new OpenAI({ baseURL: connection.baseURL, apiKey: connection.apiKey, maxRetries: 0, fetch: connection.fetch });
    return {
        async complete(call) {
            try {
                const { data, response } = await client.chat.completions
                    .create({
                    model: call.model,
                    messages: call.messages,
                    temperature: call.temperature,
                    max_tokens: call.maxOutputTokens,
                    response_format: call.responseFormat,
                }, { timeout: call.timeoutMs, maxRetries: 0 })
                    .withResponse();
                return {
                    ok: true,
                    status: response.status,
                    text: data.choices[0]?.message?.content ?? null,
                    usage: { input_tokens: data.usage?.prompt_tokens ?? 0, output_tokens: data.usage?.completion_tokens ?? 0 },
                    headers: response.headers,
                };
            }
            catch (error) {
                return classifyOpenAiError(error);
            }
        },
    };
}
export function classifyOpenAiError(error) {
    if (error instanceof APIConnectionTimeoutError) {
        return { ok: false, status: null, error_class: "timeout", reason: "no answer before the call's timeout", retryable: true };
    }
    if (error instanceof APIConnectionError) {
        return { ok: false, status: null, error_class: "connection", reason: cleanReason(`connection failed: ${error.message}`), retryable: true };
    }
    if (error instanceof APIError && typeof error.status === "number") {
        const status = error.status;
        const headers = error.headers ?? undefined;
        const reason = cleanReason(`${status} ${error.message}`);
        if (status === 429)
            return { ok: false, status, error_class: "rate_limited", reason, retryable: true, headers };
        if (status >= 500 || status === 408 || status === 409)
            return { ok: false, status, error_class: status === 408 ? "timeout" : "server_error", reason, retryable: true, headers };
        if (status === 400 && aboutResponseFormat(error))
            return { ok: false, status, error_class: "unsupported_response_format", reason, retryable: false, headers };
        if (status === 401 || status === 403)
            return { ok: false, status, error_class: "auth", reason, retryable: false, headers };
        if (status === 404)
            return { ok: false, status, error_class: "model_not_found", reason, retryable: false, headers };
        return { ok: false, status, error_class: "bad_request", reason, retryable: false, headers };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, status: null, error_class: "unknown", reason: cleanReason(message), retryable: false };
}
function aboutResponseFormat(error) {
    return error.param === "response_format" || /response_format|json_schema/i.test(error.message);
}
