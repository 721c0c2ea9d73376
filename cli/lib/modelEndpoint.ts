/**
 * Where model calls go, and the limits they run under, from the environment:
 * OPENAI_BASE_URL and/or OPENAI_API_KEY (either configures a model; a local server needs no key),
 * otherwise copygate's bundled simulator in-process. COPYGATE_MAX_CALLS, COPYGATE_DEADLINE_S,
 * COPYGATE_CALL_TIMEOUT_S and COPYGATE_MAX_RETRY_AFTER_S bound a run's calls and waits.
 */
import { join } from "node:path";
import { InputError } from "../../core/errors.ts";
import { judgeThrough, type JudgeModel } from "../../core/evals/index.ts";
import { CallBudget, createGenerator, endpointHost, type BudgetLimits, type Generator, type WaitNotice } from "../../core/generate/index.ts";
import { secretValuesFromEnv } from "../../core/trace/redact.ts";
import { canonicalJson, sha256 } from "../../core/hash.ts";
import { simulatorOptionsFromEnv, startSimulator } from "../../simulator/index.ts";

/**
 * Exit code of a run in which the model endpoint (not the content) failed: a variant fell back to the
 * template, or an eval run was lost, because the endpoint was unreachable, refused the credentials,
 * kept failing, or the run's budget or deadline stopped it. Distinct from 1 (problems found) and 2 (usage).
 */
export const EXIT_ENDPOINT_FAILED = 3;

export interface ModelEndpoint {
  generator: Generator;
  /** host[:port] of the endpoint. */
  host: string;
  /** One line for the user: which endpoint answers (never the key). */
  description: string;
  usesSimulator: boolean;
  /** The rubric judges' model: only a configured model judges; the bundled simulator never does. */
  judge?: JudgeModel;
  close(): Promise<void>;
}

export interface ModelConnection {
  baseURL: string;
  /** Empty when none is configured: no Authorization header is sent. */
  apiKey: string;
  /** true when no endpoint was configured and the bundled simulator answers in-process. */
  simulated: boolean;
  /** One line for the user: which endpoint answers (never the key). */
  description: string;
  /** host[:port] of the endpoint, for every line about it. */
  host: string;
  /** Every secret value of the environment, redacted by value wherever it would be written. */
  secrets: string[];
  /** For the bundled simulator: its identity in the cache key (it listens on a new port each run). */
  endpointIdentity?: string;
  close(): Promise<void>;
}

/** The run's limits, from COPYGATE_* variables; absent ones keep their defaults. */
export interface CallPolicy {
  limits: BudgetLimits;
  timeoutMs?: number;
}

export async function openModelConnection(env: NodeJS.ProcessEnv, simulator?: Parameters<typeof startSimulator>[0]): Promise<ModelConnection> {
  const secrets = secretValuesFromEnv(env);
  if (env.OPENAI_BASE_URL || env.OPENAI_API_KEY) {
    const baseURL = env.OPENAI_BASE_URL || "https://api.openai.com/v1";
    let host: string;
    try {
      host = new URL(baseURL).host;
    } catch {
      throw new InputError(`OPENAI_BASE_URL "${baseURL.slice(0, 80)}" is not a URL`, { field: "OPENAI_BASE_URL", hint: "e.g. OPENAI_BASE_URL=http://localhost:11434/v1" });
    }
    const key = env.OPENAI_API_KEY ? "" : " (no key: none sent)";
    return { baseURL, apiKey: env.OPENAI_API_KEY ?? "", simulated: false, description: `model endpoint: ${host}${key}`, host, secrets, close: async () => {} };
  }
  const options = { ...simulatorOptionsFromEnv(env), ...simulator };
  const running = await startSimulator(options);
  const { port: _port, host: _host, ...answerChanging } = options;
  return {
    baseURL: running.url,
    endpointIdentity: `copygate-simulator://bundled/${sha256(canonicalJson(answerChanging)).slice(0, 12)}`,
    apiKey: "",
    simulated: true,
    description: "model endpoint: copygate's bundled simulator (no OPENAI_API_KEY set)",
    host: endpointHost(running.url),
    secrets,
    close: () => running.close(),
  };
}

export function callPolicyFromEnv(env: NodeJS.ProcessEnv): CallPolicy {
  const number = (name: string, min: number): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === "") return undefined;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min) throw new InputError(`${name} must be a number of at least ${min}, got "${raw}"`, { field: name });
    return value;
  };
  const maxCalls = number("COPYGATE_MAX_CALLS", 1);
  const deadline = number("COPYGATE_DEADLINE_S", 1);
  const retryAfter = number("COPYGATE_MAX_RETRY_AFTER_S", 0);
  const timeout = number("COPYGATE_CALL_TIMEOUT_S", 1);
  return {
    limits: {
      ...(maxCalls !== undefined ? { maxCalls: Math.floor(maxCalls) } : {}),
      ...(deadline !== undefined ? { deadlineMs: deadline * 1000 } : {}),
      ...(retryAfter !== undefined ? { maxRetryAfterMs: retryAfter * 1000 } : {}),
    },
    ...(timeout !== undefined ? { timeoutMs: timeout * 1000 } : {}),
  };
}

/** Waiting is never silent: one line per wait of a second or more, at most one every five seconds. */
export function waitReporter(write: (line: string) => void, now: () => number = Date.now): (wait: WaitNotice) => void {
  let lastAt = Number.NEGATIVE_INFINITY;
  return (wait) => {
    if (now() - lastAt < 5000) return;
    lastAt = now();
    write(`${waitText(wait)}\n`);
  };
}

export function waitText(wait: WaitNotice): string {
  const s = (wait.ms / 1000).toFixed(1);
  if (wait.kind === "slow_answer") return `waiting for ${wait.endpoint} (${wait.model}): no answer yet after ${s} s`;
  const why = wait.kind === "retry_after" ? "it asked to wait (Retry-After)" : "backoff";
  return `waiting ${s} s before resending to ${wait.endpoint} (${wait.model}): ${why} after ${wait.why}`;
}

/** A generator (and, for a configured model, a judge) over the command's model connection. */
export async function openModelEndpoint(args: {
  cwd: string;
  env: NodeJS.ProcessEnv;
  cache?: boolean;
  concurrency?: number;
  /** The judges' model when COPYGATE_JUDGE_MODEL does not name one (usually the generation model). */
  judgeModel?: string;
  simulator?: Parameters<typeof startSimulator>[0];
  onWait?: (wait: WaitNotice) => void;
}): Promise<ModelEndpoint> {
  const policy = callPolicyFromEnv(args.env);
  const connection = await openModelConnection(args.env, args.simulator);
  const cacheDir = args.cache === false ? null : join(args.cwd, ".copygate", "cache");
  const generator = createGenerator({
    baseURL: connection.baseURL, apiKey: connection.apiKey, cacheDir, concurrency: args.concurrency, secrets: connection.secrets,
    ...(connection.endpointIdentity ? { endpointIdentity: connection.endpointIdentity } : {}),
    budget: new CallBudget(policy.limits), ...(policy.timeoutMs !== undefined ? { timeoutMs: policy.timeoutMs } : {}),
    ...(args.onWait ? { onWait: args.onWait } : {}),
  });
  const judgeModel = connection.simulated ? undefined : args.env.COPYGATE_JUDGE_MODEL || args.judgeModel;
  return {
    generator,
    host: connection.host,
    description: connection.description,
    usesSimulator: connection.simulated,
    ...(judgeModel ? { judge: judgeThrough(generator, { model: judgeModel }, connection.host) } : {}),
    close: () => connection.close(),
  };
}
