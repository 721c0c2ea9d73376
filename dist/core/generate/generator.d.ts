import type { Generator, GeneratorOptions } from "./types.ts";
export declare function createGenerator(options: GeneratorOptions): Generator;
