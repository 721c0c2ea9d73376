/**
 * One model's attempts: call, check the answer, and on a retryable failure wait (the server's
 * Retry-After, else backoff with full jitter) and call again, up to the retry budget. Each HTTP call
 * goes through the shared limiter and is recorded as an Attempt, whatever its outcome.
 */
import { fullJitterMs, parseResetDuration, retryAfterMs, sleep } from "./backoff.js";
import { checkContent, responseFormat } from "./structured.js";
export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 3;
export async function runModel(ctx, run, attempts) {
    const maxRetries = Math.max(0, run.settings.maxRetries ?? DEFAULT_MAX_RETRIES);
    const usage = { input_tokens: 0, output_tokens: 0 };
    let retry = 0;
    while (retry <= maxRetries) {
        const mode = ctx.jsonObjectOnly.has(run.model) ? "json_object" : "json_schema";
        const started = Date.now();
        const answer = await call(ctx, run, mode);
        const attempt = { model: run.model, status: answer.status, ok: false, response_format: mode, latency_ms: Date.now() - started };
        attempts.push(attempt);
        let failure;
        if (answer.ok) {
            usage.input_tokens += answer.usage.input_tokens;
            usage.output_tokens += answer.usage.output_tokens;
            const checked = checkContent(answer.text, run.outputSchema);
            if (checked.ok) {
                attempt.ok = true;
                return { ok: true, content: checked.content, usage };
            }
            failure = { ok: false, status: answer.status, error_class: checked.error_class, reason: checked.reason, retryable: true };
        }
        else {
            failure = answer;
        }
        attempt.error_class = failure.error_class;
        attempt.reason = failure.reason;
        if (failure.error_class === "unsupported_response_format" && mode === "json_schema") {
            // Not the model's fault and not a retry: ask again at once in json_object mode, still validated by ajv.
            ctx.jsonObjectOnly.add(run.model);
            continue;
        }
        if (!failure.retryable || retry === maxRetries)
            break;
        attempt.waited_ms = waitBefore(ctx, failure.headers, retry);
        await sleep(attempt.waited_ms);
        retry += 1;
    }
    return { ok: false, usage };
}
async function call(ctx, run, mode) {
    const slot = await ctx.limiter.acquire();
    const outcome = {};
    try {
        ctx.counters.calls += 1;
        const answer = await ctx.provider.complete({
            model: run.model,
            messages: mode === "json_object" ? mentionJson(run.messages) : run.messages,
            temperature: run.settings.temperature,
            maxOutputTokens: run.settings.maxOutputTokens,
            responseFormat: responseFormat(mode, run.schemaName, run.outputSchema),
            timeoutMs: run.settings.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        });
        Object.assign(outcome, rateLimitOutcome(answer.headers));
        if (answer.ok)
            outcome.success = true;
        else if (answer.error_class === "rate_limited") {
            ctx.counters.rateLimited += 1;
            outcome.rateLimited = true;
            outcome.retryAfterMs = retryAfterMs(answer.headers);
        }
        return answer;
    }
    finally {
        slot.release(outcome);
    }
}
/** OpenAI refuses json_object mode unless a message says "JSON"; prompts usually do, this makes sure. */
function mentionJson(messages) {
    return messages.some((m) => /json/i.test(m.content)) ? messages : [...messages, { role: "system", content: "Answer with one JSON object." }];
}
function rateLimitOutcome(headers) {
    const remaining = headers?.get("x-ratelimit-remaining-requests");
    const remainingRequests = remaining === null || remaining === undefined || remaining === "" ? undefined : Number(remaining);
    return {
        remainingRequests: Number.isFinite(remainingRequests) ? remainingRequests : undefined,
        resetRequestsMs: parseResetDuration(headers?.get("x-ratelimit-reset-requests") ?? null),
    };
}
/** The server's word when it gave one (never less), else exponential backoff with full jitter. */
function waitBefore(ctx, headers, retry) {
    const asked = retryAfterMs(headers);
    if (asked !== undefined)
        return Math.ceil(asked);
    return fullJitterMs(retry, ctx.backoff.baseMs, ctx.backoff.capMs);
}
