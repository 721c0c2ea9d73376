/**
 * One model's attempts, by failure class. An endpoint failure (429, 5xx, timeout, a dropped
 * connection) is waited out — the server's Retry-After up to the run's cap, else backoff with full
 * jitter — and the same request is sent again. A content failure (malformed or schema-invalid JSON)
 * is not the endpoint's fault and waiting cannot fix it: the model is asked again at once with a
 * repair turn quoting the validation error, at most once; then the caller moves on to the next model.
 * Every HTTP call goes through the shared limiter and is recorded as an Attempt.
 */
import { fullJitterMs, parseResetDuration, retryAfterMs, sleep, type HeaderSource } from "./backoff.ts";
import { seconds } from "./budget.ts";
import type { EndpointHealth } from "./endpoint.ts";
import type { AdaptiveLimiter, SlotOutcome } from "./limiter.ts";
import type { Provider, ProviderAnswer, ProviderFailure } from "./provider.ts";
import { checkContent, responseFormat, type ResponseFormatMode } from "./structured.ts";
import type { Attempt, ChatMessage, FailureKind, ModelSettings, RunBudget, TokenUsage, WaitNotice } from "./types.ts";

export interface AttemptContext {
  provider: Provider;
  limiter: AdaptiveLimiter;
  backoff: { baseMs: number; capMs: number };
  /** Models that refused json_schema once: asked for json_object from then on. */
  jsonObjectOnly: Set<string>;
  counters: { calls: number; rateLimited: number; repairs: number };
  budget: RunBudget;
  endpoint: EndpointHealth;
  timeoutMs?: number;
  slowNoticeMs?: number;
  onWait?: (wait: WaitNotice) => void;
}

export interface ModelRun {
  model: string;
  messages: ChatMessage[];
  outputSchema: object;
  schemaName: string;
  settings: ModelSettings;
}

/** Calls left for one generate() over its whole model chain. */
export interface CaseAllowance {
  left: number;
}

export type ModelOutcome =
  | { ok: true; content: Record<string, unknown>; usage: TokenUsage; repaired: boolean; resent: number; firstValid: boolean; simulated: boolean }
  | { ok: false; usage: TokenUsage; failure: FailureKind; reason: string; resent: number };

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 3;
export const DEFAULT_MAX_ATTEMPTS = 12;
/** A call unanswered this long is reported (and again every as long), so a silent endpoint is never silent to the user. */
const SLOW_ANSWER_NOTICE_MS = 10_000;

/** The repair turn: what the model is told after an answer that could not be used. */
export function repairTurn(reason: string): ChatMessage {
  return {
    role: "user",
    content: `Your previous answer could not be used: ${reason}. Answer again with only the corrected JSON object, matching the output schema, with no text before or after it.`,
  };
}

export async function runModel(ctx: AttemptContext, run: ModelRun, attempts: Attempt[], allowance: CaseAllowance): Promise<ModelOutcome> {
  const maxRetries = Math.max(0, run.settings.maxRetries ?? DEFAULT_MAX_RETRIES);
  const usage: TokenUsage = { input_tokens: 0, output_tokens: 0 };
  let messages = run.messages;
  let repaired = false;
  let resent = 0;
  for (;;) {
    const refused = refusal(ctx, allowance);
    if (refused) return { ok: false, usage, ...refused, resent };
    const mode: ResponseFormatMode = ctx.jsonObjectOnly.has(run.model) ? "json_object" : "json_schema";
    const started = Date.now();
    const answer = await call(ctx, run, messages, mode);
    const attempt: Attempt = { model: run.model, status: answer.status, ok: false, response_format: mode, latency_ms: Date.now() - started, ...(repaired ? { repair: true } : {}) };
    attempts.push(attempt);
    if (answer.ok) {
      usage.input_tokens += answer.usage.input_tokens;
      usage.output_tokens += answer.usage.output_tokens;
      const checked = checkContent(answer.text, run.outputSchema);
      if (checked.ok) {
        attempt.ok = true;
        return { ok: true, content: checked.content, usage, repaired, resent, firstValid: !repaired, simulated: answer.simulated };
      }
      attempt.error_class = checked.error_class;
      attempt.reason = checked.reason;
      if (repaired) return { ok: false, usage, failure: "content", reason: checked.reason, resent };
      // Content error: a different request, at once — the same request would get the same answer.
      messages = [...run.messages, ...(answer.text ? [{ role: "assistant" as const, content: answer.text }] : []), repairTurn(checked.reason)];
      repaired = true;
      ctx.counters.repairs += 1;
      continue;
    }
    attempt.error_class = answer.error_class;
    attempt.reason = answer.reason;
    if (answer.error_class === "unsupported_response_format" && mode === "json_schema") {
      // Not the model's fault and not a retry: ask again at once in json_object mode, still validated by ajv.
      ctx.jsonObjectOnly.add(run.model);
      continue;
    }
    if (!answer.retryable || resent >= maxRetries) return { ok: false, usage, failure: "endpoint", reason: answer.reason, resent };
    const wait = waitBefore(ctx, answer.headers, resent);
    if (wait.refused) return { ok: false, usage, failure: "endpoint", reason: wait.refused, resent };
    attempt.waited_ms = wait.ms;
    if (wait.ms >= 1000) ctx.onWait?.({ endpoint: ctx.endpoint.host, model: run.model, kind: wait.kind, ms: wait.ms, why: answer.reason });
    await sleep(wait.ms);
    resent += 1;
  }
}

/** Why no call may be made now (endpoint given up on, run budget or deadline, case allowance), or null. */
function refusal(ctx: AttemptContext, allowance: CaseAllowance): { failure: FailureKind; reason: string } | null {
  const down = ctx.endpoint.down();
  if (down) return { failure: "endpoint", reason: down };
  if (allowance.left <= 0) return { failure: "endpoint", reason: "this case's attempts are spent" };
  const spent = ctx.budget.take();
  if (spent) return { failure: "budget", reason: spent };
  allowance.left -= 1;
  return null;
}

async function call(ctx: AttemptContext, run: ModelRun, messages: ChatMessage[], mode: ResponseFormatMode): Promise<ProviderAnswer | ProviderFailure> {
  const slot = await ctx.limiter.acquire();
  const outcome: SlotOutcome = {};
  const timeoutMs = Math.max(1, Math.min(run.settings.timeoutMs ?? ctx.timeoutMs ?? DEFAULT_TIMEOUT_MS, ctx.budget.remainingMs()));
  const slow = ctx.onWait ? slowAnswerNotices(ctx, run.model) : undefined;
  try {
    ctx.counters.calls += 1;
    const answer = await ctx.provider.complete({
      model: run.model,
      messages: mode === "json_object" ? mentionJson(messages) : messages,
      temperature: run.settings.temperature,
      maxOutputTokens: run.settings.maxOutputTokens,
      responseFormat: responseFormat(mode, run.schemaName, run.outputSchema),
      timeoutMs,
    });
    ctx.endpoint.record(answer);
    Object.assign(outcome, rateLimitOutcome(answer.headers));
    if (answer.ok) outcome.success = true;
    else if (answer.error_class === "rate_limited") {
      ctx.counters.rateLimited += 1;
      outcome.rateLimited = true;
      outcome.retryAfterMs = retryAfterMs(answer.headers);
    }
    return answer;
  } finally {
    if (slow) clearInterval(slow);
    slot.release(outcome);
  }
}

function slowAnswerNotices(ctx: AttemptContext, model: string): NodeJS.Timeout {
  const started = Date.now();
  const timer = setInterval(() => {
    const ms = Date.now() - started;
    ctx.onWait?.({ endpoint: ctx.endpoint.host, model, kind: "slow_answer", ms, why: `no answer yet after ${seconds(ms)}` });
  }, ctx.slowNoticeMs ?? SLOW_ANSWER_NOTICE_MS);
  timer.unref();
  return timer;
}

/** OpenAI refuses json_object mode unless a message says "JSON"; prompts usually do, this makes sure. */
function mentionJson(messages: ChatMessage[]): ChatMessage[] {
  return messages.some((m) => /json/i.test(m.content)) ? messages : [...messages, { role: "system", content: "Answer with one JSON object." }];
}

function rateLimitOutcome(headers: HeaderSource | undefined): SlotOutcome {
  const remaining = headers?.get("x-ratelimit-remaining-requests");
  const remainingRequests = remaining === null || remaining === undefined || remaining === "" ? undefined : Number(remaining);
  return {
    remainingRequests: Number.isFinite(remainingRequests) ? remainingRequests : undefined,
    resetRequestsMs: parseResetDuration(headers?.get("x-ratelimit-reset-requests") ?? null),
  };
}

/**
 * The server's word when it gave one (never less), else exponential backoff with full jitter. A
 * Retry-After beyond the run's cap, or past its deadline, is not obeyed: the call stops and says who asked for how long.
 */
function waitBefore(ctx: AttemptContext, headers: HeaderSource | undefined, retry: number): { ms: number; kind: WaitNotice["kind"]; refused?: string } {
  const asked = retryAfterMs(headers);
  if (asked !== undefined) {
    const ms = Math.ceil(asked);
    if (ms > ctx.budget.maxRetryAfterMs) {
      return { ms, kind: "retry_after", refused: `the model endpoint ${ctx.endpoint.host} asked to wait ${seconds(ms)} (Retry-After), more than the ${seconds(ctx.budget.maxRetryAfterMs)} copygate waits; stopped instead` };
    }
    if (ms > ctx.budget.remainingMs()) {
      return { ms, kind: "retry_after", refused: `the model endpoint ${ctx.endpoint.host} asked to wait ${seconds(ms)} (Retry-After), beyond the run's deadline; stopped instead` };
    }
    return { ms, kind: "retry_after" };
  }
  return { ms: Math.min(fullJitterMs(retry, ctx.backoff.baseMs, ctx.backoff.capMs), ctx.budget.remainingMs()), kind: "backoff" };
}
