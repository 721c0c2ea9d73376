import type { CommandIo } from "../main.ts";
/** `copygate freshness <campaign-dir>`: the data contract verdict; exit 1 when generation must stop. */
export declare function run(args: string[], io: CommandIo): Promise<number>;
