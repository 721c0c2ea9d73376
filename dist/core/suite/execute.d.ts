import { type FetchLike } from "../generate/index.ts";
import { type SuiteProgress } from "./runner.ts";
import { type SuiteSetupOptions } from "./setup.ts";
import { type Shard } from "./shard.ts";
import type { SuiteResults } from "./types.ts";
export interface ExecuteSuiteOptions extends SuiteSetupOptions {
    root: string;
    connection: {
        baseURL: string;
        apiKey: string;
        fetch?: FetchLike;
    };
    /** Response cache directory; null disables the cache. */
    cacheDir: string | null;
    concurrency: number;
    repeat: number;
    shard: Shard | null;
    /** The model for both versions; default: the candidate prompt's model. */
    model?: string;
    /** Retries per call (429s included). Default 8: a suite would rather wait out a rate limit than lose a case. */
    maxRetries?: number;
    /** The judge model; default: the generation model; null: no judge (reviewer acceptance is skipped, never guessed). */
    judgeModel?: string | null;
    onProgress?: (progress: SuiteProgress) => void;
}
export declare const SUITE_MAX_RETRIES = 8;
/**
 * V8 flag the suite's hosts (copygate eval, the bench) set before a run. A suite allocates much
 * short-lived garbage (rendered prompts, HTTP bodies, check text) that lives across a model call
 * and is promoted; by default V8 lets the old space grow to ~4× the live data before collecting.
 * Measured on 3,000 cases × 2 at concurrency 64: peak RSS 248 MB → 142 MB, wall time unchanged.
 */
export declare const SUITE_V8_FLAGS = "--optimize-for-size";
export declare function executeSuite(options: ExecuteSuiteOptions): Promise<SuiteResults>;
