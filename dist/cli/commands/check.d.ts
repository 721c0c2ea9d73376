import type { CommandIo } from "../main.ts";
/** `copygate check`: the campaign's evals on one draft; exit 0 when it passes, 1 otherwise. */
export declare function run(args: string[], io: CommandIo): Promise<number>;
