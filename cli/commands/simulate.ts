/**
 * `copygate simulate`: serve the bundled OpenAI-compatible simulator until SIGINT/SIGTERM.
 * Options come from COPYGATE_SIM_* variables, then flags (flags win).
 */
import { parseFlags, UsageError } from "../lib/flags.ts";
import { InputError } from "../../core/errors.ts";
import { simulatorOptionsFromEnv, startSimulator, type SimulatorOptions } from "../../simulator/index.ts";
import type { CommandIo } from "../main.ts";

const USAGE = `usage: copygate simulate [--port N] [--seed S] [--latency-ms N] [--rate-429 R] [--rate-5xx R]
                         [--rate-malformed R] [--rate-invalid R] [--rate-risky R] [--rate-drop R]
                         [--retry-after SECONDS] [--max-concurrent N]
Rates are probabilities from 0 to 1. Environment: COPYGATE_SIM_SEED, COPYGATE_SIM_LATENCY_MS, COPYGATE_SIM_RATE_429, …
`;

/** flag → option, and the range a value must lie in. */
const NUMERIC_FLAGS: Record<string, { option: keyof SimulatorOptions; min: number; max: number }> = {
  port: { option: "port", min: 0, max: 65535 },
  "latency-ms": { option: "latencyMs", min: 0, max: 600_000 },
  "rate-429": { option: "rate429", min: 0, max: 1 },
  "rate-5xx": { option: "rate5xx", min: 0, max: 1 },
  "rate-malformed": { option: "rateMalformed", min: 0, max: 1 },
  "rate-invalid": { option: "rateInvalid", min: 0, max: 1 },
  "rate-risky": { option: "rateRisky", min: 0, max: 1 },
  "rate-drop": { option: "rateDrop", min: 0, max: 1 },
  "retry-after": { option: "retryAfterSeconds", min: 0, max: 3600 },
  "max-concurrent": { option: "maxConcurrent", min: 1, max: 100_000 },
};

export function parseSimulateArgs(args: string[], env: NodeJS.ProcessEnv): SimulatorOptions | "help" {
  const flagSpec = Object.fromEntries(Object.keys(NUMERIC_FLAGS).map((name) => [name, { type: "string" as const }]));
  const { values } = parseFlags("simulate", args, { ...flagSpec, seed: { type: "string" }, help: { type: "boolean", short: "h" } });
  if (values.help) return "help";
  const options: SimulatorOptions = simulatorOptionsFromEnv(env);
  if (typeof values.seed === "string") options.seed = values.seed;
  for (const [flag, { option, min, max }] of Object.entries(NUMERIC_FLAGS)) {
    const raw = values[flag as keyof typeof values];
    if (typeof raw !== "string") continue;
    const value = Number(raw);
    if (raw.trim() === "" || !Number.isFinite(value) || value < min || value > max) {
      throw new InputError(`--${flag} must be a number from ${min} to ${max}, got "${raw}"`, { field: `--${flag}`, hint: "see copygate simulate --help" });
    }
    (options as Record<string, unknown>)[option] = value;
  }
  return options;
}

export function describeSimulator(url: string, options: SimulatorOptions): string {
  const rate = (value: number | undefined): string => String(value ?? 0);
  return [
    `copygate simulator listening on ${url}`,
    `seed ${options.seed ?? 0} · latency ${options.latencyMs ?? 0} ms · 429 ${rate(options.rate429)} · 5xx ${rate(options.rate5xx)} · ` +
      `malformed ${rate(options.rateMalformed)} · invalid ${rate(options.rateInvalid)} · risky ${rate(options.rateRisky)} · drop ${rate(options.rateDrop)} · ` +
      `retry-after ${options.retryAfterSeconds ?? 1} s · max concurrent ${options.maxConcurrent ?? "unlimited"}`,
    `Point any OpenAI client at it: OPENAI_BASE_URL=${url} (no key needed)`,
    "Every answer is marked simulated (x-copygate-simulator header, +copygate-simulator in the model id): copygate never counts it as a judge's verdict.",
    "Press Ctrl+C to stop.",
    "",
  ].join("\n");
}

/** Runs until `stop` settles; `run` below wires it to SIGINT/SIGTERM. */
export async function serve(args: string[], io: CommandIo, stop: Promise<unknown>): Promise<number> {
  let options: SimulatorOptions | "help";
  try {
    options = parseSimulateArgs(args, io.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(error.text);
    return 2;
  }
  if (options === "help") {
    io.stdout(USAGE);
    return 0;
  }
  const simulator = await startSimulator(options);
  io.stdout(describeSimulator(simulator.url, options));
  await stop;
  await simulator.close();
  const count = simulator.requestCount();
  io.stdout(`copygate simulator stopped after ${count} request${count === 1 ? "" : "s"}\n`);
  return 0;
}

export function run(args: string[], io: CommandIo): Promise<number> {
  const stop = new Promise<void>((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
  return serve(args, io, stop);
}
