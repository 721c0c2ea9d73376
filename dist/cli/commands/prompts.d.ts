import type { CommandIo } from "../main.ts";
export declare function run(args: string[], io: CommandIo): Promise<number>;
