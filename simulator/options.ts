/**
 * What the simulator can be told to do. Rates are probabilities in [0, 1] applied per request;
 * `models` overrides any of them (and latency, structured-output support) for one model name.
 */
export interface FaultRates {
  /** Answer 429 with Retry-After and x-ratelimit-* headers. */
  rate429: number;
  /** Answer 500/502/503. */
  rate5xx: number;
  /** Answer 200 with message content that is not valid JSON. */
  rateMalformed: number;
  /** Answer 200 with valid JSON that lacks a required property. */
  rateInvalid: number;
  /** Answer 200 with clean-looking copy that carries one realistic policy violation. */
  rateRisky: number;
  /** Send the 200's headers and half its body, then close the connection (a connection dropped mid-answer). */
  rateDrop: number;
}

/** A scripted answer for one occurrence of a request, for tests that need an exact sequence. */
export type ScriptedAnswer = "ok" | "429" | "500" | "502" | "503" | "malformed" | "invalid" | "risky" | "drop";

export interface ModelBehaviour extends Partial<FaultRates> {
  latencyMs?: number;
  /**
   * The n-th time the same request body arrives it gets script[n]; past the end, the rates apply.
   * E.g. ["429", "ok"]: the first try is rate limited, the retry succeeds.
   */
  script?: ScriptedAnswer[];
  /** false: reject response_format json_schema with a 400, as older models and some gateways do. */
  jsonSchema?: boolean;
}

export interface SimulatorOptions extends Partial<FaultRates> {
  script?: ScriptedAnswer[];
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  seed?: string | number;
  latencyMs?: number;
  /** Seconds sent in Retry-After on 429s; fractional values are sent as is (e.g. "0.2"). Default 1. */
  retryAfterSeconds?: number;
  /** Also send retry-after-ms (OpenAI's millisecond form). Default true. */
  retryAfterMsHeader?: boolean;
  /** Answer 429 to any request that arrives while this many are already in flight. */
  maxConcurrent?: number;
  /**
   * A request quota per fixed window, as OpenAI's requests-per-minute limit: every completion answer
   * carries x-ratelimit-limit/remaining/reset-requests, and requests over the quota get a 429 whose
   * Retry-After is the time left in the window.
   */
  rateLimit?: { requests: number; windowMs: number };
  /** Per-model overrides, e.g. `{ "gpt-4.1": { rateMalformed: 1 } }`. */
  models?: Record<string, ModelBehaviour>;
  /** When set, any other model name gets a 404 model_not_found. */
  knownModels?: string[];
}

export interface ResolvedBehaviour extends FaultRates {
  latencyMs: number;
  script: ScriptedAnswer[];
  /** Set by a scripted "500"/"502"/"503". */
  forcedStatus?: number;
  jsonSchema: boolean;
}

export function behaviourFor(options: SimulatorOptions, model: string): ResolvedBehaviour {
  const override = options.models?.[model] ?? {};
  return {
    rate429: override.rate429 ?? options.rate429 ?? 0,
    rate5xx: override.rate5xx ?? options.rate5xx ?? 0,
    rateMalformed: override.rateMalformed ?? options.rateMalformed ?? 0,
    rateInvalid: override.rateInvalid ?? options.rateInvalid ?? 0,
    rateRisky: override.rateRisky ?? options.rateRisky ?? 0,
    rateDrop: override.rateDrop ?? options.rateDrop ?? 0,
    latencyMs: override.latencyMs ?? options.latencyMs ?? 0,
    script: override.script ?? options.script ?? [],
    jsonSchema: override.jsonSchema ?? true,
  };
}

/** COPYGATE_SIM_* environment variables, the way `npm start` and CI configure the simulator. */
export function simulatorOptionsFromEnv(env: Record<string, string | undefined>): SimulatorOptions {
  const options: SimulatorOptions = {};
  const number = (name: string): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === "") return undefined;
    const value = Number(raw);
    if (!Number.isFinite(value)) throw new Error(`${name} must be a number, got "${raw}"`);
    return value;
  };
  if (env.COPYGATE_SIM_SEED) options.seed = env.COPYGATE_SIM_SEED;
  const mapping: [keyof SimulatorOptions, string][] = [
    ["port", "COPYGATE_SIM_PORT"],
    ["latencyMs", "COPYGATE_SIM_LATENCY_MS"],
    ["rate429", "COPYGATE_SIM_RATE_429"],
    ["rate5xx", "COPYGATE_SIM_RATE_5XX"],
    ["rateMalformed", "COPYGATE_SIM_RATE_MALFORMED"],
    ["rateInvalid", "COPYGATE_SIM_RATE_INVALID"],
    ["rateRisky", "COPYGATE_SIM_RATE_RISKY"],
    ["rateDrop", "COPYGATE_SIM_RATE_DROP"],
    ["retryAfterSeconds", "COPYGATE_SIM_RETRY_AFTER_S"],
    ["maxConcurrent", "COPYGATE_SIM_MAX_CONCURRENT"],
  ];
  for (const [key, name] of mapping) {
    const value = number(name);
    if (value !== undefined) (options as Record<string, unknown>)[key] = value;
  }
  return options;
}
