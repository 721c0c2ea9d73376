import type { Generator } from "../../core/generate/index.ts";
import type { JudgeModel } from "../../core/evals/index.ts";
import { startSimulator } from "../../simulator/index.ts";
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
export declare function judgeThrough(generator: Generator, model: string): JudgeModel;
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
export declare function openModelConnection(env: NodeJS.ProcessEnv, simulator?: Parameters<typeof startSimulator>[0]): Promise<ModelConnection>;
/** A generator (and, for a configured model, a judge) over the command's model connection. */
export declare function openModelEndpoint(args: {
    cwd: string;
    env: NodeJS.ProcessEnv;
    cache?: boolean;
    concurrency?: number;
    /** The judges' model when COPYGATE_JUDGE_MODEL does not name one (usually the generation model). */
    judgeModel?: string;
    simulator?: Parameters<typeof startSimulator>[0];
}): Promise<ModelEndpoint>;
