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

/**
 * The model endpoint a command talks to: OPENAI_BASE_URL / OPENAI_API_KEY when a key is set,
 * otherwise copygate's bundled simulator, started in-process on a free loopback port.
 */
export async function openModelEndpoint(args: {
  cwd: string;
  env: NodeJS.ProcessEnv;
  cache?: boolean;
  concurrency?: number;
  /** The judges' model when COPYGATE_JUDGE_MODEL does not name one (usually the generation model). */
  judgeModel?: string;
  simulator?: Parameters<typeof startSimulator>[0];
}): Promise<ModelEndpoint> {
  const { cwd, env } = args;
  const cacheDir = args.cache === false ? null : join(cwd, ".copygate", "cache");
  if (env.OPENAI_API_KEY) {
    const baseURL = env.OPENAI_BASE_URL ?? "https://api.openai.com/v1";
    const generator = createGenerator({ baseURL, apiKey: env.OPENAI_API_KEY, cacheDir, concurrency: args.concurrency });
    const judgeModel = env.COPYGATE_JUDGE_MODEL || args.judgeModel;
    return {
      generator,
      description: `model endpoint: ${new URL(baseURL).host}`,
      usesSimulator: false,
      ...(judgeModel ? { judge: judgeThrough(generator, judgeModel) } : {}),
      close: async () => {},
    };
  }
  const simulator = await startSimulator({ ...simulatorOptionsFromEnv(env), ...args.simulator });
  return {
    generator: createGenerator({ baseURL: simulator.url, apiKey: "simulator", cacheDir, concurrency: args.concurrency }),
    description: "model endpoint: copygate's bundled simulator (no OPENAI_API_KEY set)",
    usesSimulator: true,
    close: () => simulator.close(),
  };
}
