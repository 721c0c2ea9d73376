import type { CommandIo } from "../main.ts";
/** `copygate trace show <id>` and `copygate trace list`: read what runs wrote to .copygate/traces. */
export declare function run(args: string[], io: CommandIo): Promise<number>;
