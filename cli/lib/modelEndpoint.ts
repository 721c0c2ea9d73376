import { join } from "node:path";
import { createGenerator } from "../../core/generate/index.ts";
import type { Generator } from "../../core/generate/index.ts";
import type { JudgeModel } from "../../core/evals/index.ts";
import { simulatorOptionsFromEnv, startSimulator } from "../../simulator/index.ts";

export interface ModelEndpoint {
  generator: Generator;
  /** One line for the user: which endpoint answers (never the key). */
  description: string;
  usesSimulator: boolean;
  /** The rubric judges' model: only a configured model judges; the bundled simulator never does. */
  judge?: JudgeModel;
  close(): Promise<void>;
}

/** Judges answer through the same generator (cache, retries, limiter), at temperature 0. */
export function judgeThrough(generator: Generator, model: string): JudgeModel {
  return {
    async generate(messages, outputSchema) {
      const result = await generator.generate({ messages, outputSchema, schemaName: "judge_verdict", settings: { model, temperature: 0 } });
      if (!result.ok) throw new Error(result.reason);
      return result.content;
    },
  };
}

export interface ModelConnection {
  baseURL: string;
  apiKey: string;
  /** true when no endpoint was configured and the bundled simulator answers in-process. */
  simulated: boolean;
  /** One line for the user: which endpoint answers (never the key). */
  description: string;
  close(): Promise<void>;
}

/**
 * Where model calls go: OPENAI_BASE_URL / OPENAI_API_KEY when either is set (a local
 * OpenAI-compatible server may need no key), otherwise copygate's bundled simulator, started
 * in-process on a free loopback port.
 */
export async function openModelConnection(env: NodeJS.ProcessEnv, simulator?: Parameters<typeof startSimulator>[0]): Promise<ModelConnection> {
  if (env.OPENAI_BASE_URL || env.OPENAI_API_KEY) {
    const baseURL = env.OPENAI_BASE_URL || "https://api.openai.com/v1";
    return { baseURL, apiKey: env.OPENAI_API_KEY ?? "", simulated: false, description: `model endpoint: ${new URL(baseURL).host}`, close: async () => {} };
  }
  const running = await startSimulator({ ...simulatorOptionsFromEnv(env), ...simulator });
  return {
    baseURL: running.url,
    apiKey: "simulator",
    simulated: true,
    description: "model endpoint: copygate's bundled simulator (no OPENAI_API_KEY set)",
    close: () => running.close(),
  };
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
}): Promise<ModelEndpoint> {
  const connection = await openModelConnection(args.env, args.simulator);
  const cacheDir = args.cache === false ? null : join(args.cwd, ".copygate", "cache");
  const generator = createGenerator({ baseURL: connection.baseURL, apiKey: connection.apiKey, cacheDir, concurrency: args.concurrency });
  const judgeModel = connection.simulated ? undefined : args.env.COPYGATE_JUDGE_MODEL || args.judgeModel;
  return {
    generator,
    description: connection.description,
    usesSimulator: connection.simulated,
    ...(judgeModel ? { judge: judgeThrough(generator, judgeModel) } : {}),
    close: () => connection.close(),
  };
}
