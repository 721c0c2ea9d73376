import type { CommandIo } from "../main.ts";
/** `copygate validate [paths…]`: one line per problem, then a summary. Exit 0 clean, 1 problems, 2 usage. */
export declare function run(args: string[], io: CommandIo): Promise<number>;
