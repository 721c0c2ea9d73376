import { join } from "node:path";
import { createGenerator } from "../../core/generate/index.js";
import { simulatorOptionsFromEnv, startSimulator } from "../../simulator/index.js";
/** Judges answer through the same generator (cache, retries, limiter), at temperature 0. */
export function judgeThrough(generator, model) {
    return {
        async generate(messages, outputSchema) {
            const result = await generator.generate({ messages, outputSchema, schemaName: "judge_verdict", settings: { model, temperature: 0 } });
            if (!result.ok)
                throw new Error(result.reason);
            return result.content;
        },
    };
}
/**
 * Where model calls go: OPENAI_BASE_URL / OPENAI_API_KEY when either is set (a local
 * OpenAI-compatible server may need no key), otherwise copygate's bundled simulator, started
 * in-process on a free loopback port.
 */
export async function openModelConnection(env, simulator) {
    if (env.OPENAI_BASE_URL || env.OPENAI_API_KEY) {
        const baseURL = env.OPENAI_BASE_URL || "https://api.openai.com/v1";
        return { baseURL, apiKey: env.OPENAI_API_KEY ?? "", simulated: false, description: `model endpoint: ${new URL(baseURL).host}`, close: async () => { } };
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
export async function openModelEndpoint(args) {
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
