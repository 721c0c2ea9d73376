import { join } from "node:path";
import { createGenerator } from "../../core/generate/index.ts";
import type { Generator } from "../../core/generate/index.ts";
import { simulatorOptionsFromEnv, startSimulator } from "../../simulator/index.ts";

export interface ModelEndpoint {
  generator: Generator;
  /** One line for the user: which endpoint answers (never the key). */
  description: string;
  usesSimulator: boolean;
  close(): Promise<void>;
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
  simulator?: Parameters<typeof startSimulator>[0];
}): Promise<ModelEndpoint> {
  const { cwd, env } = args;
  const cacheDir = args.cache === false ? null : join(cwd, ".copygate", "cache");
  if (env.OPENAI_API_KEY) {
    const baseURL = env.OPENAI_BASE_URL ?? "https://api.openai.com/v1";
    return {
      generator: createGenerator({ baseURL, apiKey: env.OPENAI_API_KEY, cacheDir, concurrency: args.concurrency }),
      description: `model endpoint: ${new URL(baseURL).host}`,
      usesSimulator: false,
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
